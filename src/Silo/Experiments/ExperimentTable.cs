using System.Globalization;
using Spectre.Console;
using WijkSim.Experiments.Results;

namespace WijkSim.Silo.Experiments;

/// <summary>The short table printed at the end of a sweep: per design point, survival with its interval,
/// the median survival week and the main means. The full numbers are in summary.csv.</summary>
public static class ExperimentTable
{
    private const int MaxRows = 40;

    public static void Print(IAnsiConsole console, ExperimentResults results, ExperimentReport report, string folder)
    {
        var experiment = results.Experiment;
        var factors = experiment.Plan.Factors;
        bool several = experiment.PointConfigs.Any(c => c.Initiatives.Count > 1);
        var table = new Table().Border(TableBorder.Rounded).Title("Sweep summary (mean over replications)");
        table.AddColumns(["point", "scenario", .. factors.Select(f => Markup.Escape(f.Key.Split('.')[^1])), .. several ? ["initiative"] : Array.Empty<string>(),
            "runs", "survived", "95% CI", "median end week", "final active", "free riders", "final trust"]);
        foreach (var s in results.Summaries.Take(MaxRows))
        {
            var survived = s.Estimates["survived"];
            var point = experiment.Plan.Points[s.Point];
            string[] cells =
            [
                s.Point.ToString(CultureInfo.InvariantCulture), experiment.ScenarioName(s.Point), .. point.Values,
                .. several ? [experiment.PointConfigs[s.Point].Initiatives[s.Initiative].Id] : Array.Empty<string>(),
                survived.N.ToString(CultureInfo.InvariantCulture), Percent(survived.Mean), $"{Percent(survived.Low)}–{Percent(survived.High)}",
                s.Survival.MedianWeek?.ToString(CultureInfo.InvariantCulture) ?? "–",
                Mean(s, "final_active", "0.0"), Mean(s, "mean_free_rider_share", "0.00"), Mean(s, "final_trust", "0.00"),
            ];
            table.AddRow(cells.Select(Markup.Escape).ToArray()); // values may hold [ and ], which are markup otherwise
        }
        // Written to a file or a pipe, the table must not wrap at the default 80 columns.
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 200);
        console.Write(table);
        if (results.Summaries.Count > MaxRows) console.MarkupLine($"… {results.Summaries.Count - MaxRows} more points in summary.csv");
        string rate = report.RunsNow > 0
            ? $"{report.RunsNow} runs in {report.Wall.TotalSeconds:0.0} s ({report.RunsPerSecond:0.0} runs/s on {report.Silos} silo(s) × {report.ParallelPerSilo})"
            : "no runs were needed";
        string resumed = report.RunsResumed > 0 ? $", {report.RunsResumed} resumed from an earlier invocation" : "";
        console.MarkupLineInterpolated($"{rate}{resumed}. Outputs in [bold]{folder}[/]");
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Mean(PointSummary s, string measure, string format) =>
        s.Estimates[measure].Mean.ToString(format, CultureInfo.InvariantCulture);
}
