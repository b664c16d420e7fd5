using System.CommandLine;
using WijkSim.Experiments.Design;
using WijkSim.Experiments.Discovery;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim discover SWEEP_DIR --outcome EXPR [--out DIR]</c>: PRIM scenario discovery on a sweep's runs.csv.</summary>
public static class DiscoverCommand
{
    public static Command Create()
    {
        var sweep = new Argument<string>("sweep") { Description = "a sweep's output folder (with runs.csv)" };
        var outcome = new Option<string>("--outcome") { Description = "the outcome of interest: a 0/1 column (survived) or e.g. 'mean_free_rider_share<0.5'", Required = true };
        var output = new Option<string?>("--out") { Description = "output folder (default: SWEEP_DIR/discover)" };
        var coverage = new Option<double>("--min-coverage") { Description = "choose the densest box that still covers at least this share of the cases of interest", DefaultValueFactory = _ => 0.5 };
        var alpha = new Option<double>("--peel") { Description = "share of a box's runs cut off in one peeling step", DefaultValueFactory = _ => 0.05 };
        var noPlots = new Option<bool>("--no-plots") { Description = "skip the PNG plot" };
        var command = new Command("discover", "scenario discovery (PRIM): the ranges of the varied keys where an outcome holds; writes boxes.csv, discovery.md and peeling.png")
        {
            sweep, outcome, output, coverage, alpha, noPlots,
        };
        command.SetAction(parse => CliErrors.Guard(() => Execute(parse.GetValue(sweep)!, parse.GetValue(outcome)!, parse.GetValue(output),
            parse.GetValue(coverage), parse.GetValue(alpha), parse.GetValue(noPlots))));
        return command;
    }

    private static int Execute(string sweepFolder, string outcomeText, string? outputFolder, double minCoverage, double alpha, bool noPlots)
    {
        if (minCoverage is not (> 0 and <= 1)) throw new UsageError("--min-coverage", $"expected a share above 0 and at most 1, found {minCoverage}");
        if (alpha is not (> 0 and < 0.5)) throw new UsageError("--peel", $"expected a share between 0 and 0.5, found {alpha}");
        var table = SweepRuns.Read(sweepFolder);
        var outcome = OutcomeExpression.Parse(outcomeText, table.Columns);
        if (table.Keys.Count == 0) throw new DesignError("SWEEP_DIR", sweepFolder, "its runs.csv has no numeric varied key: discovery needs a sweep with --vary key=lo:hi (or numeric levels)");
        var x = table.Rows.Select(r => table.Keys.Select(k => r[k]).ToArray()).ToArray();
        int column = table.Columns.ToList().IndexOf(outcome.Column);
        var y = table.Rows.Select(r => outcome.Holds(r[column])).ToArray();
        var boxes = Prim.Find(x, y, alpha, minCoverage: minCoverage);
        using var output = OutputFolder.Open(outputFolder ?? Path.Combine(sweepFolder, "discover"));
        var names = table.Keys.Select(k => table.Columns[k]).ToArray();
        DiscoveryOutputs.WriteCsv(output.Stage("boxes.csv"), names, boxes);
        string text = DiscoveryOutputs.Sentences(outcome.ToString(), names, boxes, y.Count(v => v), y.Length);
        File.WriteAllText(output.Stage("discovery.md"), text + "\n");
        if (!noPlots && boxes.Count > 0) DiscoveryOutputs.Plot(output.Stage("peeling.png"), boxes[0], outcome.ToString());
        output.Commit();
        Console.WriteLine(text);
        Console.WriteLine($"outputs in {output.Target}");
        if (output.ReplacementNote is string note) Console.WriteLine(note);
        return CliErrors.Ok;
    }
}
