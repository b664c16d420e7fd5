using ScottPlot;
using WijkSim.Experiments.Sensitivity;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>Sobol indices of every factor for the outcomes sensitivity reports, from a Saltelli design:
/// sobol.csv, one plot per outcome, and the table printed at the end.</summary>
public sealed record SobolRanking(string Outcome, IReadOnlyList<SobolIndex> Indices)
{
    public static IReadOnlyList<SobolRanking> From(ExperimentResults results, SaltelliDesign design, ulong seed)
    {
        var byPoint = results.Summaries.GroupBy(s => s.Point).ToDictionary(g => g.Key, g => g.ToArray());
        return SensitivityRanking.Outcomes.Select(o =>
        {
            // A point's outcome: its mean over replications, averaged over its initiatives (as for Morris).
            var outputs = Enumerable.Range(0, design.Count).Select(p => byPoint[p].Average(s => s.Estimates[o.Measure].Mean)).ToArray();
            return new SobolRanking(o.Outcome, SobolIndices.Estimate(design, outputs, seed: seed));
        }).ToArray();
    }

    public static void WriteCsv(string path, IReadOnlyList<string> factors, IReadOnlyList<SobolRanking> rankings)
    {
        using var w = Csv.Create(path);
        w.WriteLine("outcome,factor,first_order,first_low,first_high,total,total_low,total_high");
        foreach (var r in rankings)
            foreach (var i in r.Indices)
                w.WriteLine(string.Join(',', r.Outcome, Csv.Text(factors[i.Factor]), Csv.Number(i.First), Csv.Number(i.FirstLow), Csv.Number(i.FirstHigh),
                    Csv.Number(i.Total), Csv.Number(i.TotalLow), Csv.Number(i.TotalHigh)));
    }

    public static void WritePlots(Func<string, string> stage, IReadOnlyList<string> factors, IReadOnlyList<SobolRanking> rankings)
    {
        foreach (var r in rankings)
        {
            var plot = new Plot();
            var bars = new List<Bar>();
            for (int f = 0; f < factors.Count; f++)
            {
                var i = r.Indices[f];
                bars.Add(new Bar { Position = 3 * f, Value = i.First, Error = (i.FirstHigh - i.FirstLow) / 2, FillColor = Colors.SteelBlue });
                bars.Add(new Bar { Position = 3 * f + 1, Value = i.Total, Error = (i.TotalHigh - i.TotalLow) / 2, FillColor = Colors.DarkOrange });
            }
            plot.Add.Bars(bars);
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, factors.Count).Select(f => 3.0 * f + 0.5).ToArray(), factors.ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "first order (S)", FillColor = Colors.SteelBlue });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "total (ST)", FillColor = Colors.DarkOrange });
            plot.ShowLegend(Alignment.UpperRight);
            plot.Title($"Sobol indices of {r.Outcome} (bars: 95% bootstrap interval)");
            plot.SavePng(stage($"sobol_{r.Outcome}.png"), 1000, 620);
        }
    }

    public static string Table(IReadOnlyList<string> factors, IReadOnlyList<SobolRanking> rankings) =>
        string.Join("\n\n", rankings.Select(r =>
            $"| {r.Outcome}: factor | first order S (95%) | total ST (95%) |\n|---|---|---|\n" +
            string.Join('\n', r.Indices.OrderByDescending(i => i.Total).Select(i =>
                $"| {factors[i.Factor]} | {i.First:0.00} ({i.FirstLow:0.00} – {i.FirstHigh:0.00}) | {i.Total:0.00} ({i.TotalLow:0.00} – {i.TotalHigh:0.00}) |"))));
}
