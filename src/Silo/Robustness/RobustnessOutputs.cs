using System.Text;
using ScottPlot;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Robustness;

/// <summary>robustness.csv (one row per fact and test; a change that was not run is a row of test "not run"
/// with no points and NA for holds and share), robustness.md (the table for docs/model.md),
/// robustness.png and manifest.json.</summary>
public static class RobustnessOutputs
{
    public static void Write(OutputFolder output, RobustnessReport report, bool noPlots, string command, ExperimentReport run, IReadOnlyDictionary<string, int> runsPerSilo)
    {
        using (var w = Csv.Create(output.Stage("robustness.csv")))
        {
            w.WriteLine("fact,case,test,key,change,points,holds,share,low,high");
            foreach (var fact in report.Facts)
            {
                var n = report.Nominal[fact.Id];
                w.WriteLine(string.Join(',', Csv.Text(fact.Id), Csv.Text(fact.Case), "nominal", "", "0", "1", n.Holds ? "1" : "0", n.Holds ? "1" : "0", "NA", "NA"));
                foreach (var s in report.Shares.Where(s => s.Fact == fact.Id))
                {
                    var e = s.Share;
                    w.WriteLine(string.Join(',', Csv.Text(fact.Id), Csv.Text(fact.Case), s.Test, Csv.Text(s.Key), Csv.Number(s.Change), Csv.Number(s.Points),
                        s.Points == 0 ? "NA" : Csv.Number(s.Holds), s.Points == 0 ? "NA" : Csv.Number(e.Mean), Csv.NumberOrNa(e.Low), Csv.NumberOrNa(e.High)));
                }
            }
        }
        File.WriteAllText(output.Stage("robustness.md"), Markdown(report) + "\n");
        if (!noPlots) Plot(output.Stage("robustness.png"), report);
        ManifestParts.Write(output.Stage("manifest.json"), ManifestParts.Versions(command), new
        {
            Seeds = new { First = report.FirstSeed, Count = report.Seeds },
            report.SampleSource,
            report.Skipped,
            report.MovedByOneUnit,
        }, ManifestParts.Execution(run, runsPerSilo));
    }

    public static string Markdown(RobustnessReport report)
    {
        var text = new StringBuilder();
        string sampled = report.SampleSource is null ? "" : $" {(report.SampleSource == "lhs" ? "Latin hypercube" : "posterior draws")}: holds at (95% interval) |";
        text.AppendLine($"| fact | as written ({report.Seeds} seeds from {report.FirstSeed}) |{sampled} fails within ±10% of | fails within ±20% of | verdict |");
        text.AppendLine("|---|---|" + (report.SampleSource is null ? "" : "---|") + "---|---|---|");
        foreach (var fact in report.Facts)
        {
            var nominal = report.Nominal[fact.Id];
            string sample = "";
            if (report.Sampled(fact) is { } s) sample = $" {s.Holds}/{s.Points} ({s.Share.Low:P0}–{s.Share.High:P0}) |";
            // A fact that fails as written fails under most changes too: listing them says nothing more.
            // A column whose changes were not run says so: "–" would read as "survived them all".
            bool tenRun = report.Tested(fact, 0, 0.1);
            string ten = !nominal.Holds ? "(fails as written)" : tenRun ? Names(report.Failures(fact, 0.1)) : NoneRun;
            string twenty = !nominal.Holds ? "(fails as written)"
                : report.Tested(fact, 0.1, 0.2) ? Names(report.Failures(fact, 0.2).Where(f => Math.Abs(f.Change) > 0.1 + 1e-9)) : NoneRun;
            string verdict = !nominal.Holds ? "**fails as written**" : report.Fragile(fact) ? "**fragile**"
                : tenRun ? "robust to ±10%" : "holds as written; no ±10% change run";
            // A move that was not run is not one the fact survived: the verdict names it.
            if (nominal.Holds && report.NotRun(fact, 0.1).ToArray() is { Length: > 0 } notRun) verdict += $" (not run: {Names(notRun)})";
            text.AppendLine($"| {fact.Id} | {(nominal.Holds ? "holds" : "fails")}: {nominal.Detail} |{sample} {ten} | {twenty} | {verdict} |");
        }
        return text.ToString().TrimEnd();
    }

    private const string NoneRun = "(none run)";

    private static string Names(IEnumerable<WijkSim.Experiments.Robustness.FactShare> failures)
    {
        var list = failures.Select(f => $"{f.Key} {f.Change:+0%;-0%}" + (f.Test == WijkSim.Experiments.Robustness.FactShare.OneUnit ? " (one unit)" : "")).ToArray();
        return list.Length == 0 ? "–" : string.Join("; ", list);
    }

    /// <summary>Per fact: the share of one-at-a-time changes under which it still holds, and the sampled share.</summary>
    private static void Plot(string path, RobustnessReport report)
    {
        var plot = new Plot();
        var facts = report.Facts;
        var oat = facts.Select(f =>
        {
            var tests = report.Shares.Where(s => s.Fact == f.Id && WijkSim.Experiments.Robustness.FactShare.Moved.Contains(s.Test)).ToArray();
            return tests.Length == 0 ? double.NaN : tests.Count(t => t.Holds == 1) / (double)tests.Length;
        }).ToArray();
        var bars = plot.Add.Bars(Enumerable.Range(0, facts.Count).Select(i => (double)i).ToArray(), oat.Select(v => double.IsNaN(v) ? 0 : v).ToArray());
        bars.LegendText = "one-at-a-time changes under which it holds";
        if (report.SampleSource is not null)
        {
            var points = plot.Add.ScatterPoints(Enumerable.Range(0, facts.Count).Select(i => (double)i).ToArray(),
                facts.Select(f => report.Sampled(f)?.Share.Mean ?? double.NaN).ToArray());
            points.MarkerSize = 9;
            points.LegendText = report.SampleSource == "lhs" ? "share of hypercube points where it holds" : "share of posterior draws where it holds";
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, facts.Count).Select(i => (double)i).ToArray(), facts.Select(f => f.Id).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = 60;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Title("Robustness of the stylised facts");
        plot.YLabel("share");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, Math.Max(900, 40 * facts.Count), 700);
    }
}
