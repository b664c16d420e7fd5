using System.CommandLine;
using Spectre.Console;
using WijkSim.Experiments.Design;
using WijkSim.Silo.Experiments;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim sweep SCENARIO.yaml [MORE.yaml ...] --vary key=v1,v2 [--vary key=lo:hi:steps]
/// [--design grid|lhs --samples N] --replications N [--seed N] [--weeks N] [--out DIR] [--parallel N]</c></summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var scenarios = new Argument<string[]>("scenarios") { Description = "one or more scenario files (YAML); several are compared point by point", Arity = ArgumentArity.OneOrMore };
        var vary = new Option<string[]>("--vary")
        {
            Description = "a key and its values: key=v1,v2,... or key=lo:hi:steps (grid) or key=lo:hi (lhs); repeatable",
            DefaultValueFactory = _ => [],
        };
        var design = new Option<string>("--design") { Description = "grid (every combination) or lhs (Latin hypercube of --samples points)", DefaultValueFactory = _ => "grid" };
        design.AcceptOnlyFromAmong("grid", "lhs");
        var samples = new Option<int?>("--samples") { Description = "design points of a Latin hypercube (--design lhs)" };
        var options = new ExperimentOptions();
        var weeklyCsv = new Option<bool>("--weekly-csv") { Description = "also write all weeks of all runs as weekly.csv (weekly.parquet is always written)" };
        var command = new Command("sweep", "run a what-if experiment: scenarios × varied keys × replications; writes runs.csv, summary.csv, weekly.parquet, manifest.json and plots")
        {
            scenarios, vary, design, samples, weeklyCsv,
        };
        options.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Execute(parse.GetValue(scenarios)!, parse.GetValue(vary) ?? [], parse.GetValue(design)!,
            parse.GetValue(samples), parse.GetValue(weeklyCsv), options.Read(parse))));
        return command;
    }

    private static int Execute(string[] scenarioPaths, string[] varyTexts, string designName, int? samples, bool weeklyCsv, ExperimentSettings settings)
    {
        var factors = varyTexts.Select(v => Factor.Parse(v)).ToArray();
        Func<IReadOnlyList<string[]>> draw;
        object design;
        if (designName == "lhs")
        {
            if (factors.Length == 0) throw new UsageError("--design lhs", "a Latin hypercube needs at least one --vary key=lo:hi");
            if (samples is not int n || n < 2 || n > 100_000) throw new UsageError("--samples", $"a Latin hypercube needs --samples from 2 to 100000, found {samples?.ToString() ?? "none"}");
            draw = () => LatinHypercube.Points(factors, n, settings.Seed);
            design = new { Kind = "lhs", Samples = n, DesignSeed = settings.Seed };
        }
        else
        {
            if (samples is not null) throw new UsageError("--samples", "only a Latin hypercube (--design lhs) takes a number of samples");
            draw = () => GridDesign.Points(factors);
            design = new { Kind = "grid" };
        }
        var experiment = PreparedExperiment.Prepare(scenarioPaths, settings.Settings, factors, draw, settings.Replications, settings.Seed, settings.Weeks, "--vary");
        string folder = settings.Output ?? Path.Combine("sweeps", string.Join('+', experiment.Scenarios.Select(s => s.Config.Name)));
        return ExperimentCommand.Execute(experiment, folder, settings.Cluster, settings.Parallel, async (output, results, report, started) =>
        {
            RunsCsv.Write(output.Stage("runs.csv"), results);
            SummaryCsv.Write(output.Stage("summary.csv"), results);
            await WeeklyTables.WriteParquet(output.Stage("weekly.parquet"), results);
            if (weeklyCsv) WeeklyTables.WriteCsv(output.Stage("weekly.csv"), results);
            if (!settings.NoPlots) ExperimentPlots.Write(output.Stage, results);
            ExperimentManifest.Write(output.Stage("manifest.json"), results, report, ExperimentCommand.CommandLine(), design, started);
        }, (results, report, target) => ExperimentTable.Print(AnsiConsole.Console, results, report, target));
    }
}
