using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Spectre.Console;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Silo.Hosting;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim run SCENARIO.yaml [--seed N] [--weeks N] [--out DIR] [--set key=value ...]</c></summary>
public static class RunCommand
{
    public const int MaxWeeks = 5200;

    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "the scenario file (YAML)" };
        var seed = new Option<long?>("--seed") { Description = "random seed (default: the scenario's seed)" };
        var weeks = new Option<int?>("--weeks") { Description = "weeks to simulate (default: the scenario's horizon)" };
        var output = new Option<string?>("--out") { Description = "output folder (default: runs/<scenario>-<seed>)" };
        var settings = new Option<string[]>("--set")
        {
            Description = "override a scenario key, e.g. --set municipality.agreements[0].decision_lag_weeks=12 (repeatable)",
            DefaultValueFactory = _ => [],
        };
        var noPlots = new Option<bool>("--no-plots") { Description = "skip the PNG plots" };
        var mode = new Option<string>("--mode")
        {
            Description = "kernel (one process, fastest) or live (grains on an embedded Orleans silo); both give the same bytes",
            DefaultValueFactory = _ => "kernel",
        };
        mode.AcceptOnlyFromAmong("kernel", "live");
        var levers = new Option<string?>("--levers") { Description = "replay the lever changes recorded in a live session's manifest.json" };
        var checkpointEvery = new Option<int?>("--checkpoint-every") { Description = "save a checkpoint every N weeks into the output folder (kernel mode)" };
        var resume = new Option<string?>("--resume") { Description = "continue the run whose output folder (with its checkpoint) is DIR; give the same scenario and options" };
        var threads = new Option<int?>("--threads")
        {
            Description = "threads that step the residents of the one world (kernel mode; default: every core); the same bytes for any number",
        };
        var command = new Command("run", "run one scenario in the kernel and write weekly.csv, events.csv, manifest.json and plots")
        {
            scenario, seed, weeks, output, settings, noPlots, mode, levers, checkpointEvery, resume, threads,
        };
        command.SetAction(parse => CliErrors.Guard(() => Execute(
            parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(weeks), parse.GetValue(output),
            parse.GetValue(settings) ?? [], parse.GetValue(noPlots), parse.GetValue(mode)!, parse.GetValue(levers),
            parse.GetValue(checkpointEvery), parse.GetValue(resume), parse.GetValue(threads))));
        return command;
    }

    private static int Execute(string scenarioPath, long? seedOption, int? weeksOption, string? outOption, string[] settings, bool noPlots,
        string mode, string? leversPath, int? checkpointEvery, string? resume, int? threadsOption)
    {
        if (mode == "live") NativeBuild.Refuse("--mode live");
        if (leversPath is not null) NativeBuild.Refuse("--levers");
        if (checkpointEvery is not null) NativeBuild.Refuse("--checkpoint-every");
        if (resume is not null) NativeBuild.Refuse("--resume");
        if (threadsOption is < 1 or > 1024) throw new UsageError("--threads", $"expected a whole number from 1 to 1024, found {threadsOption}");
        if (threadsOption is not null && mode == "live") throw new UsageError("--threads", "threads are for kernel runs; a live session spreads its residents over grains");
        int threads = threadsOption ?? Environment.ProcessorCount;
        if (checkpointEvery is < 1) throw new UsageError("--checkpoint-every", $"expected a whole number of weeks of at least 1, found {checkpointEvery}");
        if ((checkpointEvery is not null || resume is not null) && mode == "live")
            throw new UsageError("--mode live", "checkpoints are for kernel runs; a live session is kept by its clock grain");
        if (resume is not null && outOption is not null && Path.GetFullPath(resume) != Path.GetFullPath(outOption))
            throw new UsageError("--resume", "a resumed run writes into the folder it resumes; leave out --out");
        if (seedOption is < 0) throw new UsageError("--seed", $"expected a whole number of at least 0, found {seedOption}");
        if (weeksOption is < 1 or > MaxWeeks) throw new UsageError("--weeks", $"expected a whole number from 1 to {MaxWeeks}, found {weeksOption}");
        var scenario = ScenarioLoader.Load(scenarioPath, settings);
        ulong seed = (ulong)(seedOption ?? scenario.Config.Seed);
        string folder = resume ?? outOption ?? Path.Combine("runs", $"{scenario.Config.Name}-{seed}");

        IReadOnlyList<LeverRecord> levers = [];
        var config = leversPath is null ? scenario.Config : LeverReplay.Apply(scenario.Config, leversPath, out levers);

        using var output = OutputFolder.Open(folder);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        int horizon = weeksOption ?? config.Weeks;
        // RuntimeFeature, not a helper, so the native build's compiler drops live mode and Orleans with it;
        // the native build refused live mode above, so it can never take the kernel's place silently.
        var run = mode == "live"
            ? RuntimeFeature.IsDynamicCodeSupported
                ? LiveRun.Execute(scenario, config, seed, horizon).GetAwaiter().GetResult()
                : throw new UnreachableException("live mode in the native build")
            : checkpointEvery is null && resume is null
                ? KernelRun.Run(config, seed, weeksOption, threads: threads)
                : CheckpointedRun(config, seed, horizon, output.Target, checkpointEvery, resume is not null, threads);
        var wall = clock.Elapsed;

        WeeklyCsv.Write(output.Stage("weekly.csv"), run);
        EventsCsv.Write(output.Stage("events.csv"), scenario.Config);
        if (!noPlots) Plots.Write(output.Stage, run);
        Manifest.Write(output.Stage("manifest.json"), scenario, run, mode, wall, started, levers);
        output.Commit();
        Checkpoint.Delete(output.Target); // the outputs are complete: nothing left to resume
        RunSummary.Print(AnsiConsole.Console, run, output.Target, wall);
        if (output.ReplacementNote is string note) Console.WriteLine(note);
        return CliErrors.Ok;
    }

    private static Model.Output.RunResult CheckpointedRun(Model.Config.ModelConfig config, ulong seed, int horizon, string folder, int? every, bool resume, int threads)
    {
        string fingerprint = Checkpoint.Fingerprint(config, seed, horizon);
        Action<Model.State.World, Model.Output.WeeklyRecord[]>? save = every is int n
            ? (w, r) => { if (w.Week % n == 0 && w.Week < horizon) Checkpoint.Save(folder, fingerprint, w, r); }
            : null;
        if (!resume) return KernelRun.Run(config, seed, horizon, save, threads);
        var (world, records) = Checkpoint.Load(folder, fingerprint, config, seed, horizon);
        Console.WriteLine($"resuming at week {world.Week} of {horizon}");
        return KernelRun.Continue(world, records, horizon, save, threads);
    }
}
