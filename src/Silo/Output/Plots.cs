using ScottPlot;
using WijkSim.Model.Output;
using WijkSim.Model.State;

namespace WijkSim.Silo.Output;

/// <summary>PNG plots of a run's main series, one set per initiative (ScottPlot, rendered headless).</summary>
public static class Plots
{
    private const int Width = 1000, Height = 520;

    public static void Write(Func<string, string> stage, RunResult run)
    {
        var config = run.Config;
        double[] xs = Enumerable.Range(0, run.Weeks).Select(t => config.DateOf(t).ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        for (int k = 0; k < config.Initiatives.Count; k++)
        {
            var rows = run.Of(k).ToArray();
            string id = config.Initiatives[k].Id;
            string name = config.Initiatives[k].Name.Length > 0 ? config.Initiatives[k].Name : id;

            Save(stage($"{id}_draagvlak.png"), $"{name}: draagvlak", "residents", xs, run, plot =>
            {
                Line(plot, xs, rows.Select(r => (double)r.ActiveVolunteers), "active volunteers (incl. core)");
                Line(plot, xs, rows.Select(r => (double)r.Core), "core");
                Line(plot, xs, rows.Select(r => (double)r.PassiveSupporters), "passive supporters");
            });
            Save(stage($"{id}_trust.png"), $"{name}: trust and free riding", "0..1", xs, run, plot =>
            {
                Line(plot, xs, rows.Select(r => r.TrustMean), "trust in the initiative");
                Line(plot, xs, rows.Select(r => r.MunicipalityTrustMean), "trust in the municipality");
                Line(plot, xs, rows.Select(r => r.FreeRiderShare), "free-rider share");
                Line(plot, xs, rows.Select(r => r.MissionDrift), "mission drift");
                Line(plot, xs, rows.Select(r => r.Urgency), "urgency");
            });
            Save(stage($"{id}_money.png"), $"{name}: cash and yearly income by source", "euro", xs, run, plot =>
            {
                var sums = new double[rows.Length];
                for (int s = 0; s < IncomeBySource.Count; s++)
                {
                    var lower = (double[])sums.Clone();
                    for (int t = 0; t < rows.Length; t++) sums[t] += rows[t].Income[s] * 52;
                    if (sums.SequenceEqual(lower)) continue;
                    var fill = plot.Add.FillY(xs, lower, (double[])sums.Clone());
                    fill.LegendText = $"income: {(IncomeSource)s}";
                }
                Line(plot, xs, rows.Select(r => r.Cash), "cash").LineWidth = 3;
            });
        }
    }

    private static ScottPlot.Plottables.Scatter Line(Plot plot, double[] xs, IEnumerable<double> ys, string label)
    {
        var line = plot.Add.Scatter(xs, ys.ToArray());
        line.LegendText = label;
        line.MarkerSize = 0;
        line.LineWidth = 2;
        return line;
    }

    private static void Save(string path, string title, string yLabel, double[] xs, RunResult run, Action<Plot> draw)
    {
        var plot = new Plot();
        draw(plot);
        foreach (var e in run.Config.Events)
        {
            int week = run.Config.WeekOf(e.Date);
            if (week < 0 || week >= xs.Length) continue;
            var marker = plot.Add.VerticalLine(xs[week]);
            marker.LinePattern = LinePattern.Dotted;
            marker.Color = Colors.Gray.WithAlpha(0.6);
            marker.LineWidth = 1;
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, Width, Height);
    }
}
