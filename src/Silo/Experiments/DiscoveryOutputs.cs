using System.Globalization;
using System.Text;
using ScottPlot;
using WijkSim.Experiments.Discovery;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>What <c>wijksim discover</c> writes: boxes.csv (one row per box and restricted key), one plain
/// sentence per box, and the peeling trajectory of the first box (coverage against density).</summary>
public static class DiscoveryOutputs
{
    public static void WriteCsv(string path, IReadOnlyList<string> keys, IReadOnlyList<PrimResult> boxes)
    {
        using var w = Csv.Create(path);
        w.WriteLine("box,key,low,high,data_low,data_high,coverage,density,mass,runs");
        for (int b = 0; b < boxes.Count; b++)
        {
            var r = boxes[b];
            foreach (int d in r.Box.Restricted(r.DataLow, r.DataHigh))
                w.WriteLine(string.Join(',', Csv.Number(b + 1), Csv.Text(keys[d]), Csv.Number(r.Box.Low[d]), Csv.Number(r.Box.High[d]),
                    Csv.Number(r.DataLow[d]), Csv.Number(r.DataHigh[d]), Csv.Number(r.Box.Coverage), Csv.Number(r.Box.Density), Csv.Number(r.Box.Mass), Csv.Number(r.Box.Runs)));
        }
    }

    public static string Sentences(string outcome, IReadOnlyList<string> keys, IReadOnlyList<PrimResult> boxes, int hits, int runs)
    {
        var text = new StringBuilder($"'{outcome}' holds in {hits} of {runs} runs ({(double)hits / runs:P0}).");
        if (boxes.Count == 0) return text.Append(" No box was found.").ToString();
        for (int b = 0; b < boxes.Count; b++)
        {
            var r = boxes[b];
            var ranges = r.Box.Restricted(r.DataLow, r.DataHigh).Select(d => $"{keys[d]} from {Show(r.Box.Low[d])} to {Show(r.Box.High[d])}").ToArray();
            text.AppendLine().AppendLine();
            text.Append($"Box {b + 1}: ");
            text.Append(ranges.Length == 0 ? "over the whole design" : "where " + string.Join(" and ", ranges));
            text.Append($", '{outcome}' holds in {r.Box.Density:P0} of the runs (density), against {(double)hits / runs:P0} overall; ");
            text.Append($"the box holds {r.Box.Coverage:P0} of all runs where it holds (coverage) and {r.Box.Mass:P0} of all runs (mass).");
        }
        return text.ToString();
    }

    public static void Plot(string path, PrimResult result, string outcome)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(result.Trajectory.Select(b => b.Coverage).ToArray(), result.Trajectory.Select(b => b.Density).ToArray());
        line.LegendText = "peeling trajectory (each step cuts a slice off one key's range)";
        var chosen = plot.Add.ScatterPoints(new[] { result.Box.Coverage }, new[] { result.Box.Density });
        chosen.MarkerSize = 14;
        chosen.LegendText = "chosen box";
        plot.Axes.SetLimits(0, 1.02, 0, 1.02);
        plot.XLabel("coverage: share of the cases of interest inside the box");
        plot.YLabel("density: share of runs in the box where it holds");
        plot.Title($"PRIM for '{outcome}': density rises as coverage falls");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 900, 640);
    }

    private static string Show(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
