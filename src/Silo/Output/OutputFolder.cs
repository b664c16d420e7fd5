namespace WijkSim.Silo.Output;

/// <summary>A run's output folder, written so that a failed run loses nothing already there: every
/// file is first written into a staging folder inside the target (same file system), and only when
/// all are complete is each renamed into place, one atomic rename per file.</summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _staging;
    private bool _committed;

    private OutputFolder(string target, string staging)
    {
        Target = target;
        _staging = staging;
    }

    public string Target { get; }

    /// <summary>Creates the folder if needed and proves it writable before any work is done.</summary>
    /// <exception cref="OutputFolderError">the folder cannot be created or written</exception>
    public static OutputFolder Open(string target)
    {
        if (string.IsNullOrWhiteSpace(target)) throw new OutputFolderError(target, "the folder name is empty; name a folder, e.g. --out runs/try");
        string full = Path.GetFullPath(target);
        try
        {
            if (File.Exists(full)) throw new OutputFolderError(target, "a file with that name exists; expected a folder");
            Directory.CreateDirectory(full);
            RemoveAbandonedStaging(full);
            string staging = Path.Combine(full, $".staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, ".probe"), "");
            return new OutputFolder(full, staging);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new OutputFolderError(target, $"it cannot be written ({e.Message})");
        }
    }

    /// <summary>A process that was killed (Ctrl-C during a run, a crash) leaves its staging folder behind;
    /// the next command into the folder removes those whose process no longer runs. Nothing in them was
    /// ever moved into place, so nothing is lost.</summary>
    private static void RemoveAbandonedStaging(string folder)
    {
        foreach (var dir in Directory.EnumerateDirectories(folder, ".staging-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[1], out int pid) || pid == Environment.ProcessId || Running(pid)) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { } // another command is cleaning up too
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Path in the staging folder where a file is written before it is moved into place.</summary>
    public string Stage(string fileName) => Path.Combine(_staging, fileName);

    /// <summary>Moves every staged file into the target, replacing older versions atomically.</summary>
    public IReadOnlyList<string> Commit()
    {
        var moved = new List<string>();
        foreach (var file in Directory.GetFiles(_staging).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            if (name == ".probe") continue;
            string destination = Path.Combine(Target, name);
            File.Move(file, destination, overwrite: true);
            moved.Add(destination);
        }
        _committed = true;
        Directory.Delete(_staging, recursive: true);
        return moved;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}

/// <summary>The output folder cannot be used; reported to the user without a stack trace.</summary>
public sealed class OutputFolderError(string folder, string problem)
    : Exception($"output folder '{folder}': {problem}. Choose another folder with --out.");
