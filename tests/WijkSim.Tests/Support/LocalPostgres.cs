using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>Stops and starts the machine's own PostgreSQL (Debian's pg_ctlcluster, as root), for the
/// fault tests that take the database away under a running cluster. The server is the one
/// <c>.ci/postgres</c> provides, so these tests need what CI has: root and a local cluster.</summary>
public static class LocalPostgres
{
    public static void Stop() => Control("stop", "-m", "fast");

    public static void Start() => Control("start");

    private static void Control(string action, params string[] more)
    {
        var (version, name) = Cluster();
        Run("pg_ctlcluster", [version, name, action, .. more]);
    }

    private static (string Version, string Name) Cluster()
    {
        string list = Run("pg_lsclusters", "--no-header");
        var parts = list.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1]);
    }

    private static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"the PostgreSQL fault tests need Debian's {file} (run 'sudo bash .ci/postgres' once): {e.Message}");
        }
        using (process)
        {
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed (exit {process.ExitCode}; the fault tests run as root): {error.Trim()}");
            return output;
        }
    }
}
