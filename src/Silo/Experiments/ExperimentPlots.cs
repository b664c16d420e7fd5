using ScottPlot;
using WijkSim.Experiments.Design;
using WijkSim.Experiments.Results;

namespace WijkSim.Silo.Experiments;

/// <summary>A sweep's plots (ScottPlot, PNG): each plotted outcome against each varied key, one line
/// per scenario and initiative with its 95% confidence band, and Kaplan-Meier survival curves per design
/// point. With several varied keys, each plot pools over the others (marginal means).</summary>
public static class ExperimentPlots
{
    private const int Width = 1000, Height = 560;
    /// <summary>Above this many design points per line (e.g. a Latin hypercube) the band is dropped and
    /// points are shown alone: a band through hundreds of single-point means only draws noise.</summary>
    private const int MaxBandPoints = 30;
    private const int MaxLegendEntries = 12;

    public static void Write(Func<string, string> stage, ExperimentResults results)
    {
        var factors = results.Experiment.Plan.Factors;
        for (int f = 0; f < factors.Count; f++)
            foreach (var name in Measure.Plotted)
                OutcomeAgainst(stage($"{name}_vs_{FileName(factors[f].Key)}.png"), results, f, Measure.Named(name));
        Survival(stage("survival.png"), results);
    }

    private static void OutcomeAgainst(string path, ExperimentResults results, int factor, Measure measure)
    {
        var experiment = results.Experiment;
        var key = experiment.Plan.Factors[factor];
        // Positions on the x axis: the number itself, or the place of a non-numeric value in its list.
        var labels = experiment.Plan.Points.Select(p => p.Values[factor]).Distinct().ToList();
        bool numeric = labels.All(v => Factor.Number(v) is not null);
        double X(string value) => numeric ? Factor.Number(value)!.Value : labels.IndexOf(value);

        var plot = new Plot();
        foreach (var line in results.Rows.GroupBy(r => (experiment.Plan.Points[r.Point].Scenario, r.Initiative)))
        {
            var points = line.GroupBy(r => experiment.Plan.Points[r.Point].Values[factor])
                .Select(g => (X: X(g.Key), E: Estimate.Of(measure, g.OrderBy(r => r.Run).ToArray())))
                .OrderBy(p => p.X).ToArray();
            var xs = points.Select(p => p.X).ToArray();
            string label = experiment.Scenarios[line.Key.Scenario].Config.Name
                + (experiment.Scenarios[line.Key.Scenario].Config.Initiatives.Count > 1 ? $" · {line.First().Outcome.Id}" : "");
            if (points.Length <= MaxBandPoints && points.All(p => double.IsFinite(p.E.Low)))
            {
                var band = plot.Add.FillY(xs, points.Select(p => p.E.Low).ToArray(), points.Select(p => p.E.High).ToArray());
                band.FillColor = band.FillColor.WithAlpha(0.2);
                band.LineWidth = 0;
            }
            var mean = plot.Add.Scatter(xs, points.Select(p => p.E.Mean).ToArray());
            mean.LegendText = label;
            mean.MarkerSize = 7;
            mean.LineWidth = points.Length <= MaxBandPoints ? 2 : 0;
        }
        if (!numeric) plot.Axes.Bottom.SetTicks(labels.Select((_, i) => (double)i).ToArray(), labels.ToArray());
        plot.Title($"{measure.Name} against {key.Key} (mean and 95% interval over runs)");
        plot.XLabel(key.Key);
        plot.YLabel(measure.Proportion ? $"{measure.Name} (share of runs)" : measure.Name);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, Width, Height);
    }

    private static void Survival(string path, ExperimentResults results)
    {
        var experiment = results.Experiment;
        var plot = new Plot();
        bool legend = results.Summaries.Count <= MaxLegendEntries;
        foreach (var s in results.Summaries)
        {
            int horizon = s.Rows.Max(r => r.Weeks);
            var steps = s.Survival.Steps;
            double[] xs = [0, .. steps.Select(p => (double)p.Week), horizon];
            double[] ys = [1, .. steps.Select(p => p.Survival), steps.Count > 0 ? steps[^1].Survival : 1];
            var curve = plot.Add.Scatter(xs, ys);
            curve.ConnectStyle = ConnectStyle.StepHorizontal;
            curve.MarkerSize = 0;
            curve.LineWidth = 2;
            if (legend) curve.LegendText = PointLabel(experiment, s.Point) + (experiment.PointConfigs[s.Point].Initiatives.Count > 1
                ? $" · {experiment.PointConfigs[s.Point].Initiatives[s.Initiative].Id}" : "");
        }
        plot.Axes.SetLimitsY(0, 1.05);
        plot.Title("Survival of the initiatives (Kaplan-Meier), per design point");
        plot.XLabel("week");
        plot.YLabel("share still running");
        if (legend) plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>"scenario · key=value, ..." with the last segment of each key, short enough for a legend.</summary>
    public static string PointLabel(PreparedExperiment experiment, int point)
    {
        var p = experiment.Plan.Points[point];
        var values = experiment.Plan.Factors.Select((f, i) => $"{f.Key.Split('.')[^1]}={p.Values[i]}");
        return string.Join(" · ", [experiment.ScenarioName(point), .. values]);
    }

    public static string FileName(string key) => new(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
}
