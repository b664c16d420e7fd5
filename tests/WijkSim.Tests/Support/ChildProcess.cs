using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>Runs a child process to its end with its output collected: the one way the tests' helpers
/// (wijksim itself, the native publish, apt-get) wait for a program.</summary>
public static class ChildProcess
{
    /// <summary>Starts <paramref name="info"/> (stdout and stderr redirected here), waits up to
    /// <paramref name="timeout"/>, and kills the whole tree and throws, naming <paramref name="what"/>, if it
    /// runs longer.</summary>
    public static CliProcess.Result Run(ProcessStartInfo info, TimeSpan timeout, string what)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{what} did not finish within {timeout.TotalMinutes:0} minutes");
        }
        return new CliProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
