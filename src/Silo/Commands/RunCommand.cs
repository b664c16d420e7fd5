using System.CommandLine;
using System.Diagnostics;
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
        var command = new Command("run", "run one scenario in the kernel and write weekly.csv, events.csv, manifest.json and plots")
        {
            scenario, seed, weeks, output, settings, noPlots, mode, levers,
        };
        command.SetAction(parse => CliErrors.Guard(() => Execute(
            parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(weeks), parse.GetValue(output),
            parse.GetValue(settings) ?? [], parse.GetValue(noPlots), parse.GetValue(mode)!, parse.GetValue(levers))));
        return command;
    }

    private static int Execute(string scenarioPath, long? seedOption, int? weeksOption, string? outOption, string[] settings, bool noPlots,
        string mode, string? leversPath)
    {
        if (seedOption is < 0) throw new UsageError("--seed", $"expected a whole number of at least 0, found {seedOption}");
        if (weeksOption is < 1 or > MaxWeeks) throw new UsageError("--weeks", $"expected a whole number from 1 to {MaxWeeks}, found {weeksOption}");
        var scenario = ScenarioLoader.Load(scenarioPath, settings);
        ulong seed = (ulong)(seedOption ?? scenario.Config.Seed);
        string folder = outOption ?? Path.Combine("runs", $"{scenario.Config.Name}-{seed}");

        IReadOnlyList<LeverRecord> levers = [];
        var config = leversPath is null ? scenario.Config : LeverReplay.Apply(scenario.Config, leversPath, out levers);

        using var output = OutputFolder.Open(folder);
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        var run = mode == "live"
            ? LiveRun.Execute(scenario, config, seed, weeksOption ?? config.Weeks).GetAwaiter().GetResult()
            : KernelRun.Run(config, seed, weeksOption);
        var wall = clock.Elapsed;

        WeeklyCsv.Write(output.Stage("weekly.csv"), run);
        EventsCsv.Write(output.Stage("events.csv"), scenario.Config);
        if (!noPlots) Plots.Write(output.Stage, run);
        Manifest.Write(output.Stage("manifest.json"), scenario, run, mode, wall, started, levers);
        output.Commit();
        RunSummary.Print(AnsiConsole.Console, run, output.Target, wall);
        return CliErrors.Ok;
    }
}
