using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>The folder that holds every test folder of one test run: <c>$TMPDIR/wijksim-tests/run-PID-…</c>.
/// Why: test folders were never deleted, and a few hundred runs (a guide replay builds a 1.4 GB copy of
/// the repository) filled this machine's disk until the project's CI could not even build. So the run's
/// folder is deleted when the test process exits, and a run starts by deleting the folders of runs whose
/// process is gone (killed runs never reach their exit handler). Set WIJKSIM_KEEP_TEST_FOLDERS=1 to keep
/// them for a look after a failure.</summary>
public static class TestRunFolder
{
    private const string Prefix = "run-";

    public static string Path { get; } = Create();

    public static bool Keep => Environment.GetEnvironmentVariable("WIJKSIM_KEEP_TEST_FOLDERS") is "1" or "true";

    private static string Create()
    {
        string parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wijksim-tests");
        Directory.CreateDirectory(parent);
        if (!Keep) RemoveAbandoned(parent);
        string path = System.IO.Path.Combine(parent, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        if (!Keep) AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(path);
        return path;
    }

    /// <summary>Deletes the folders of runs whose process no longer runs, and the loose folders that
    /// test runs before this class left (older than a day, so a concurrent old run is left alone).</summary>
    public static void RemoveAbandoned(string parent)
    {
        foreach (var folder in Directory.GetDirectories(parent))
        {
            string name = System.IO.Path.GetFileName(folder);
            bool abandoned = OwnerPid(name) is int pid
                ? !IsRunning(pid)
                : Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1);
            if (abandoned) TryDelete(folder);
        }
    }

    /// <summary>The process id in a run folder's name (<c>run-PID-guid</c>), or null for another name.</summary>
    public static int? OwnerPid(string name)
    {
        if (!name.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        string[] parts = name[Prefix.Length..].Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out int pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no process with that id
        }
    }

    /// <summary>Best effort: a file still held open by a process that outlived its test stays until the
    /// next run's <see cref="RemoveAbandoned"/>.</summary>
    public static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
