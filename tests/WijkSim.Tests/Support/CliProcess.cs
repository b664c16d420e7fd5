using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>Runs the real <c>wijksim</c> program in a child process: exit codes, stdout and stderr
/// are exactly what a user sees.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("wijksim did not finish within 3 minutes: " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts wijksim and returns at once (for tests that interrupt it); output is redirected.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wijksim.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        return Process.Start(info)!;
    }

    /// <summary>Starts wijksim, waits until <paramref name="ready"/> (e.g. some runs are journalled), then
    /// presses Ctrl-C (SIGINT) and waits for the exit: what a user who stops an experiment sees.</summary>
    public static async Task<Result> Interrupt(string workingDirectory, string[] args, Func<bool> ready)
    {
        using var process = Start(workingDirectory, args);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!ready() && !process.HasExited && DateTime.UtcNow < deadline) await Task.Delay(20);
        if (process.HasExited) throw new InvalidOperationException("wijksim finished before it could be interrupted: " + await stderr);
        Signal(process, "INT");
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Sends a POSIX signal (e.g. "INT" as Ctrl-C would) to a process.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }
}
