using System.CommandLine;
using Spectre.Console;
using WijkSim.Experiments.Design;
using WijkSim.Experiments.Sensitivity;
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
        var method = new Option<string>("--method") { Description = "morris (elementary effects: a ranking for few runs) or sobol (variance-based indices with intervals)", DefaultValueFactory = _ => "morris" };
        method.AcceptOnlyFromAmong("morris", "sobol");
        var samples = new Option<int>("--samples") { Description = "sobol: base sample N (the design has N × (factors + 2) points)", DefaultValueFactory = _ => 64 };
        var options = new ExperimentOptions();
        var command = new Command("sensitivity", "rank levers and parameters by their effect on survival and free riding (Morris elementary effects)")
        {
            scenario, factor, trajectories, levels, method, samples,
        };
        options.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => parse.GetValue(method) == "sobol"
            ? ExecuteSobol(parse.GetValue(scenario)!, parse.GetValue(factor) ?? [], parse.GetValue(samples), options.Read(parse))
            : Execute(parse.GetValue(scenario)!, parse.GetValue(factor) ?? [], parse.GetValue(trajectories), parse.GetValue(levels), options.Read(parse))));
        return command;
    }

    private static Factor[] Factors(string scenarioPath, string[] factorTexts, ExperimentSettings settings, string method)
    {
        var factors = factorTexts.Length > 0
            ? factorTexts.Select(t => Factor.Parse(t, "--factor")).ToArray()
            : SensitivityFactors.For(ScenarioLoader.Load(scenarioPath, settings.Settings).Config).ToArray();
        foreach (var f in factors.Where(f => !f.IsRange))
            throw new DesignError("--factor", f.Key, $"{method} needs a numeric range, key=lo:hi");
        if (factors.Length == 0) throw new UsageError("--factor", "the scenario has none of the default factors; name some with --factor key=lo:hi");
        return factors;
    }

    private static int ExecuteSobol(string scenarioPath, string[] factorTexts, int n, ExperimentSettings settings)
    {
        if (n is < 4 or > 100_000) throw new UsageError("--samples", $"expected a whole number from 4 to 100000, found {n}");
        var factors = Factors(scenarioPath, factorTexts, settings, "Sobol");
        var design = SaltelliDesign.Create(factors.Length, n, settings.Seed);
        var experiment = PreparedExperiment.Prepare([scenarioPath], settings.Settings, factors,
            () => design.Points.Select(u => factors.Select((f, j) => f.At(u[j])).ToArray()).ToArray(),
            settings.Replications, settings.Seed, settings.Weeks, "--factor");
        string folder = settings.Output ?? Path.Combine("sensitivity", experiment.Scenarios[0].Config.Name + "-sobol");
        var keys = factors.Select(f => f.Key).ToArray();
        var describe = new { Kind = "sobol", Sampling = "Saltelli (A, B: Latin hypercubes; AB_i)", Estimators = "Saltelli 2010 first order, Jansen total", N = n, DesignSeed = settings.Seed };
        IReadOnlyList<SobolRanking> rankings = [];
        return ExperimentCommand.Execute(experiment, folder, settings.Cluster, settings.Parallel, (output, results, report, started) =>
        {
            rankings = SobolRanking.From(results, design, settings.Seed);
            SobolRanking.WriteCsv(output.Stage("sobol.csv"), keys, rankings);
            RunsCsv.Write(output.Stage("runs.csv"), results);
            if (!settings.NoPlots) SobolRanking.WritePlots(output.Stage, keys, rankings);
            ExperimentManifest.Write(output.Stage("manifest.json"), results, report, ExperimentCommand.CommandLine(), describe, started);
            return Task.CompletedTask;
        }, (results, report, target) =>
        {
            Console.WriteLine(SobolRanking.Table(keys, rankings));
            Console.WriteLine($"{report.RunsNow} runs in {report.Wall.TotalSeconds:0.0} s ({report.RunsPerSecond:0.0} runs/s); outputs in {target}");
        });
    }

    private static int Execute(string scenarioPath, string[] factorTexts, int trajectoryCount, int levelCount, ExperimentSettings settings)
    {
        if (trajectoryCount is < 2 or > 1000) throw new UsageError("--trajectories", $"expected a whole number from 2 to 1000, found {trajectoryCount}");
        if (levelCount is < 2 or > 100 || levelCount % 2 != 0) throw new UsageError("--levels", $"expected an even whole number from 2 to 100, found {levelCount}");
        var factors = Factors(scenarioPath, factorTexts, settings, "Morris");

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
