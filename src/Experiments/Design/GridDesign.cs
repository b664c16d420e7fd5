namespace WijkSim.Experiments.Design;

/// <summary>A full factorial design: every combination of every factor's values, the first factor
/// varying slowest (so runs.csv reads like a nested loop).</summary>
public static class GridDesign
{
    public static IReadOnlyList<string[]> Points(IReadOnlyList<Factor> factors)
    {
        IEnumerable<string[]> points = [[]];
        foreach (var factor in factors)
        {
            var values = factor.GridValues();
            points = points.SelectMany(p => values.Select(v => (string[])[.. p, v]));
        }
        return points.ToArray();
    }
}
