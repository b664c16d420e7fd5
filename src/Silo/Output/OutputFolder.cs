namespace WijkSim.Silo.Output;

/// <summary>A run's output folder, written so that a failed run loses nothing already there: every
/// file is first written into a staging folder inside the target (same file system), and only when
/// all are complete is each renamed into place, one atomic rename per file. One command at a time
/// writes into a folder (a lock held while it is open), and a folder holds the files of one result:
/// a new result removes the files the earlier one wrote and this one does not (its old plots).</summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>Hidden list of the files the last committed result wrote, so the next one can tell its
    /// own outputs from files a person put in the folder.</summary>
    public const string IndexName = ".wijksim-outputs";
    private const string LockName = ".wijksim-lock";
    private readonly string _staging;
    private readonly FileStream _lock;
    private bool _committed;

    private OutputFolder(string target, string staging, FileStream folderLock)
    {
        Target = target;
        _staging = staging;
        _lock = folderLock;
    }

    public string Target { get; }

    /// <summary>After <see cref="Commit"/>: a sentence saying that an earlier result was replaced and which
    /// of its files were removed, or null when the folder held no earlier result.</summary>
    public string? ReplacementNote { get; private set; }

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
            var folderLock = Lock(target, full);
            RemoveAbandonedStaging(full);
            string staging = Path.Combine(full, $".staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, ".probe"), "");
            return new OutputFolder(full, staging, folderLock);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new OutputFolderError(target, $"it cannot be written ({e.Message})");
        }
    }

    /// <summary>An exclusive lock on a file in the folder (flock on Linux), released when the command ends,
    /// however it ends: two commands writing one folder at once would mix their results.</summary>
    private static FileStream Lock(string target, string full)
    {
        try
        {
            return new FileStream(Path.Combine(full, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None,
                bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new OutputFolderError(target, "another wijksim command is writing into it right now; wait until it has finished");
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

    /// <summary>Moves every staged file into the target, replacing older versions atomically, then removes
    /// the files of the earlier result that this one did not write.</summary>
    public IReadOnlyList<string> Commit()
    {
        string index = Path.Combine(Target, IndexName);
        string[] earlier = File.Exists(index) ? File.ReadAllLines(index) : [];
        bool hadResult = earlier.Length > 0 || File.Exists(Path.Combine(Target, "manifest.json"));
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
        var written = moved.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (string name in earlier)
        {
            // Only plain names from our own index: never a path that leads out of the folder.
            if (written.Contains(name) || name != Path.GetFileName(name) || name.StartsWith('.')) continue;
            string old = Path.Combine(Target, name);
            if (!File.Exists(old)) continue;
            File.Delete(old);
            removed.Add(name);
        }
        File.WriteAllLines(index, written.Order(StringComparer.Ordinal)!);
        if (hadResult)
            ReplacementNote = $"replaced the earlier results in {Target}" +
                (removed.Count > 0 ? $" and removed {removed.Count} of its files this run does not write ({string.Join(", ", removed)})" : "");
        return moved;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        _lock.Dispose();
    }
}

/// <summary>The output folder cannot be used; reported to the user without a stack trace.</summary>
public sealed class OutputFolderError(string folder, string problem)
    : Exception($"output folder '{folder}': {problem}. Choose another folder with --out.");
