using System.Globalization;
using ScottPlot;
using Spectre.Console;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>The outputs of <c>wijksim sensitivity</c>: sensitivity.csv (one row per outcome and factor,
/// ranked), a bar chart of μ* per outcome, and the ranking printed as a table.</summary>
public static class SensitivityOutputs
{
    public static void WriteCsv(string path, ExperimentResults results, IReadOnlyList<SensitivityRanking> rankings)
    {
        var factors = results.Experiment.Plan.Factors;
        using var w = Csv.Create(path);
        w.WriteLine("outcome,rank,factor,low,high,mu,mu_star,sigma,effects");
        foreach (var ranking in rankings)
            for (int i = 0; i < ranking.Effects.Count; i++)
            {
                var e = ranking.Effects[i];
                var f = factors[e.Factor];
                w.WriteLine(string.Join(',', ranking.Outcome, Csv.Number(i + 1), Csv.Text(f.Key), Csv.Number(f.Low), Csv.Number(f.High),
                    Csv.NumberOrNa(e.Mu), Csv.NumberOrNa(e.MuStar), Csv.NumberOrNa(e.Sigma), Csv.Number(e.Effects)));
            }
    }

    public static void WritePlots(Func<string, string> stage, ExperimentResults results, IReadOnlyList<SensitivityRanking> rankings)
    {
        var factors = results.Experiment.Plan.Factors;
        foreach (var ranking in rankings)
        {
            var plot = new Plot();
            var effects = ranking.Effects.Reverse().ToArray(); // the largest on top
            var bars = plot.Add.Bars(effects.Select(e => e.MuStar).ToArray());
            bars.Horizontal = true;
            plot.Axes.Left.SetTicks(effects.Select((_, i) => (double)i).ToArray(), effects.Select(e => factors[e.Factor].Key).ToArray());
            plot.Axes.Margins(left: 0);
            plot.Title($"Sensitivity of {ranking.Outcome.Replace('_', ' ')}: Morris μ* (effect of moving a factor over its whole range)");
            plot.XLabel($"μ* of {ranking.Outcome.Replace('_', ' ')}");
            plot.SavePng(stage($"sensitivity_{ranking.Outcome}.png"), 1100, 120 + 36 * effects.Length);
        }
    }

    public static void Print(IAnsiConsole console, ExperimentResults results, IReadOnlyList<SensitivityRanking> rankings, ExperimentReport report, string folder)
    {
        var factors = results.Experiment.Plan.Factors;
        if (!console.Profile.Capabilities.Interactive) console.Profile.Width = Math.Max(console.Profile.Width, 200);
        foreach (var ranking in rankings)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"What moves {ranking.Outcome.Replace('_', ' ')} most (Morris μ*)");
            table.AddColumns("rank", "factor", "range", "μ*", "μ", "σ");
            for (int i = 0; i < ranking.Effects.Count; i++)
            {
                var e = ranking.Effects[i];
                var f = factors[e.Factor];
                string[] cells =
                [
                    (i + 1).ToString(CultureInfo.InvariantCulture), f.Key, $"{f.Format(f.Low)} .. {f.Format(f.High)}",
                    e.MuStar.ToString("0.000", CultureInfo.InvariantCulture), e.Mu.ToString("0.000", CultureInfo.InvariantCulture),
                    e.Sigma.ToString("0.000", CultureInfo.InvariantCulture),
                ];
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            console.Write(table);
        }
        console.MarkupLineInterpolated($"{report.RunsNow} runs in {report.Wall.TotalSeconds:0.0} s; {report.RunsResumed} resumed. Outputs in [bold]{folder}[/]");
    }
}
