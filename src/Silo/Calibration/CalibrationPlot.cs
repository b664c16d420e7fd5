using ScottPlot;
using WijkSim.Experiments.Calibration;

namespace WijkSim.Silo.Calibration;

/// <summary>posterior.png: the posterior's marginals (weighted histograms, with the prior's range as the
/// x axis) on the diagonal, and every pair of parameters as a scatter below it (ScottPlot Multiplot).</summary>
public static class CalibrationPlot
{
    private const int Cell = 360;

    public static void Write(string path, CalibrationRecord record)
    {
        var parameters = record.Parameters;
        var posterior = record.Result.Posterior.Accepted;
        int k = parameters.Count;
        var multiplot = new Multiplot();
        multiplot.AddPlots(k * k);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(k, k);
        for (int row = 0; row < k; row++)
            for (int col = 0; col < k; col++)
            {
                var plot = multiplot.GetPlot(row * k + col);
                if (row == col) Marginal(plot, parameters[row], posterior.Select(p => p.Values[row]).ToArray(), posterior.Select(p => p.Weight).ToArray());
                else if (row > col)
                {
                    var dots = plot.Add.ScatterPoints(posterior.Select(p => p.Values[col]).ToArray(), posterior.Select(p => p.Values[row]).ToArray());
                    dots.MarkerSize = 4;
                    plot.Axes.SetLimits(parameters[col].Low, parameters[col].High, parameters[row].Low, parameters[row].High);
                    plot.XLabel(Short(parameters[col].Key));
                    plot.YLabel(Short(parameters[row].Key));
                }
                else plot.Axes.Frameless();
            }
        multiplot.SavePng(path, Cell * k, Cell * k);
    }

    private static void Marginal(Plot plot, CalibrationParameter parameter, double[] values, double[] weights)
    {
        const int bins = 20;
        double width = (parameter.High - parameter.Low) / bins;
        var mass = new double[bins];
        for (int i = 0; i < values.Length; i++) mass[Math.Clamp((int)((values[i] - parameter.Low) / width), 0, bins - 1)] += weights[i];
        var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(b => parameter.Low + (b + 0.5) * width).ToArray(), mass);
        foreach (var bar in bars.Bars) bar.Size = width * 0.95;
        plot.Axes.SetLimitsX(parameter.Low, parameter.High);
        plot.Axes.Margins(bottom: 0);
        plot.Title(Short(parameter.Key));
        plot.YLabel("posterior weight");
    }

    /// <summary>The last part of a key path: the whole path does not fit above a small panel.</summary>
    private static string Short(string key) => key[(key.LastIndexOf('.') + 1)..];
}
