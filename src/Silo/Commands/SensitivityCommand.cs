using System.CommandLine;
using Spectre.Console;
using WijkSim.Experiments.Design;
using WijkSim.Scenarios;
using WijkSim.Silo.Experiments;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim sensitivity SCENARIO.yaml [--factor key=lo:hi ...] [--trajectories R] [--levels p]</c>:
/// Morris elementary effects of levers and parameters on survival and free riding.</summary>
public static class SensitivityCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "the scenario file (YAML)" };
        var factor = new Option<string[]>("--factor")
        {
            Description = "a key and its range, key=lo:hi (repeatable; default: the municipality's levers and the main rule parameters)",
            DefaultValueFactory = _ => [],
        };
        var trajectories = new Option<int>("--trajectories") { Description = "Morris trajectories (each costs factors + 1 design points)", DefaultValueFactory = _ => 10 };
        var levels = new Option<int>("--levels") { Description = "grid levels per factor (even; 4 is usual)", DefaultValueFactory = _ => 4 };
        var options = new ExperimentOptions();
        var command = new Command("sensitivity", "rank levers and parameters by their effect on survival and free riding (Morris elementary effects)")
        {
            scenario, factor, trajectories, levels,
        };
        options.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Execute(parse.GetValue(scenario)!, parse.GetValue(factor) ?? [],
            parse.GetValue(trajectories), parse.GetValue(levels), options.Read(parse))));
        return command;
    }

    private static int Execute(string scenarioPath, string[] factorTexts, int trajectoryCount, int levelCount, ExperimentSettings settings)
    {
        if (trajectoryCount is < 2 or > 1000) throw new UsageError("--trajectories", $"expected a whole number from 2 to 1000, found {trajectoryCount}");
        if (levelCount is < 2 or > 100 || levelCount % 2 != 0) throw new UsageError("--levels", $"expected an even whole number from 2 to 100, found {levelCount}");
        var factors = factorTexts.Length > 0
            ? factorTexts.Select(t => Factor.Parse(t, "--factor")).ToArray()
            : SensitivityFactors.For(ScenarioLoader.Load(scenarioPath, settings.Settings).Config).ToArray();
        foreach (var f in factors.Where(f => !f.IsRange))
            throw new DesignError("--factor", f.Key, "Morris needs a numeric range, key=lo:hi");
        if (factors.Length == 0) throw new UsageError("--factor", "the scenario has none of the default factors; name some with --factor key=lo:hi");

        var trajectories = MorrisDesign.Create(factors.Length, trajectoryCount, levelCount, settings.Seed);
        var experiment = PreparedExperiment.Prepare([scenarioPath], settings.Settings, factors,
            () => trajectories.SelectMany(t => t.Points).Select(u => factors.Select((f, j) => f.At(u[j])).ToArray()).ToArray(),
            settings.Replications, settings.Seed, settings.Weeks, "--factor");
        string folder = settings.Output ?? Path.Combine("sensitivity", experiment.Scenarios[0].Config.Name);
        var design = new { Kind = "morris", Trajectories = trajectoryCount, Levels = levelCount, DesignSeed = settings.Seed };
        IReadOnlyList<SensitivityRanking> rankings = [];
        return ExperimentCommand.Execute(experiment, folder, settings.Cluster, settings.Parallel, (output, results, report, started) =>
        {
            rankings = SensitivityRanking.From(results, trajectories);
            SensitivityOutputs.WriteCsv(output.Stage("sensitivity.csv"), results, rankings);
            RunsCsv.Write(output.Stage("runs.csv"), results);
            if (!settings.NoPlots) SensitivityOutputs.WritePlots(output.Stage, results, rankings);
            ExperimentManifest.Write(output.Stage("manifest.json"), results, report, ExperimentCommand.CommandLine(), design, started);
            return Task.CompletedTask;
        }, (results, report, target) => SensitivityOutputs.Print(AnsiConsole.Console, results, rankings, report, target));
    }
}
