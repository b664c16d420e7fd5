using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>Runs the real <c>wijksim</c> program in a child process: exit codes, stdout and stderr
/// are exactly what a user sees.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string workingDirectory, params string[] args) => RunProgram(null, workingDirectory, args);

    /// <summary>As <see cref="Run"/>, with another build of wijksim: <paramref name="executable"/> is a
    /// native executable (null: the normal build beside the tests).</summary>
    public static Result RunProgram(string? executable, string workingDirectory, params string[] args) =>
        ChildProcess.Run(StartInfo(executable, workingDirectory, args), TimeSpan.FromMinutes(3), "wijksim " + string.Join(' ', args));

    /// <summary>Starts wijksim and returns at once (for tests that interrupt it); output is redirected.</summary>
    public static Process Start(string workingDirectory, params string[] args) => StartProgram(null, workingDirectory, args);

    private static Process StartProgram(string? executable, string workingDirectory, string[] args)
    {
        var info = StartInfo(executable, workingDirectory, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        return Process.Start(info)!;
    }

    private static ProcessStartInfo StartInfo(string? executable, string workingDirectory, string[] args)
    {
        var info = new ProcessStartInfo(executable ?? "dotnet") { WorkingDirectory = workingDirectory };
        if (executable is null) info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wijksim.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        return info;
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
        Signal(process, InterruptSignalName);
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>"INT", as Ctrl-C sends, unless this process ignores SIGINT: a shell without job control
    /// starts background jobs (`cmd &`) that way, and the children inherit it, so Ctrl-C could not reach
    /// wijksim at all. Then "TERM", which wijksim handles on the same path (Experiments/InterruptSignal.cs).</summary>
    public static string InterruptSignalName { get; } = IgnoresSigint() ? "TERM" : "INT";

    private static bool IgnoresSigint()
    {
        try
        {
            string? line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << 1)) != 0; // bit of signal 2, SIGINT
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Sends a POSIX signal (e.g. "INT" as Ctrl-C would) to a process.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }
}
