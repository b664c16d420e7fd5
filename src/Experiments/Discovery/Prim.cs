namespace WijkSim.Experiments.Discovery;

/// <summary>A box of factor ranges: for each factor, the values [Low, High] it allows.</summary>
/// <param name="Coverage">share of all cases of interest (outcome true) that fall in the box</param>
/// <param name="Density">share of the runs in the box where the outcome holds</param>
/// <param name="Mass">share of all runs that fall in the box</param>
public sealed record PrimBox(double[] Low, double[] High, double Coverage, double Density, double Mass, int Runs)
{
    /// <summary>The factors whose range the box narrowed (the others span all the data's values).</summary>
    public IEnumerable<int> Restricted(double[] dataLow, double[] dataHigh) =>
        Enumerable.Range(0, Low.Length).Where(d => Low[d] > dataLow[d] || High[d] < dataHigh[d]);

    public bool Contains(double[] x)
    {
        for (int d = 0; d < Low.Length; d++)
            if (x[d] < Low[d] || x[d] > High[d]) return false;
        return true;
    }
}

/// <summary>One box found by PRIM, with the peeling trajectory that led to it.</summary>
public sealed record PrimResult(PrimBox Box, IReadOnlyList<PrimBox> Trajectory, double[] DataLow, double[] DataHigh);

/// <summary>The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant
/// and Lempert 2010; as in the EMA Workbench and sdtoolkit): find ranges of the varied factors inside which
/// an outcome of interest is much more common than overall.</summary>
/// <remarks>
/// <para>Peeling: start from the box holding all runs; repeatedly try cutting off the lowest or the highest
/// α share of the box's runs along each factor, and keep the one cut that leaves the highest density;
/// stop when the box would hold less than <c>minMass</c> of all runs. Every step is one box of the
/// trajectory: density rises and coverage falls along it, which is PRIM's trade-off.</para>
/// <para>Choosing a box: the densest box of the trajectory whose coverage is still at least
/// <c>minCoverage</c> (default ½: the box must explain at least half of the cases of interest). Covering:
/// the runs inside a chosen box are set aside and PRIM runs again on the rest, up to <c>maxBoxes</c>
/// boxes, stopping when the best box left is no denser than the data as a whole. Pasting (re-growing a
/// box) is not done; the trajectory is reported so a reader can choose another box.</para>
/// <para>Deterministic: ties are broken by factor order, lower before upper cut.</para>
/// </remarks>
public static class Prim
{
    public static IReadOnlyList<PrimResult> Find(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double alpha = 0.05,
        double minMass = 0.05, double minCoverage = 0.5, int maxBoxes = 3)
    {
        if (x.Count != y.Count) throw new ArgumentException("one outcome per run is needed", nameof(y));
        if (x.Count == 0) return [];
        int k = x[0].Length;
        var dataLow = Enumerable.Range(0, k).Select(d => x.Min(r => r[d])).ToArray();
        var dataHigh = Enumerable.Range(0, k).Select(d => x.Max(r => r[d])).ToArray();
        int totalRuns = x.Count, totalHits = y.Count(v => v);
        double overall = totalHits / (double)totalRuns;
        var remaining = Enumerable.Range(0, totalRuns).ToList();
        var results = new List<PrimResult>();
        while (results.Count < maxBoxes && remaining.Any(i => y[i]))
        {
            var trajectory = Peel(x, y, remaining, dataLow, dataHigh, alpha, minMass, totalRuns, totalHits);
            var eligible = trajectory.Where(b => b.Coverage >= minCoverage * remaining.Count(i => y[i]) / totalHits - 1e-12).ToList();
            var best = (eligible.Count > 0 ? eligible : [trajectory[0]]).OrderByDescending(b => b.Density).ThenByDescending(b => b.Coverage).First();
            if (results.Count > 0 && best.Density <= overall) break;
            results.Add(new PrimResult(best, trajectory, dataLow, dataHigh));
            remaining = remaining.Where(i => !best.Contains(x[i])).ToList();
            if (best.Runs == 0) break;
        }
        return results;
    }

    private static List<PrimBox> Peel(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, List<int> start, double[] dataLow, double[] dataHigh,
        double alpha, double minMass, int totalRuns, int totalHits)
    {
        int k = dataLow.Length;
        var low = (double[])dataLow.Clone();
        var high = (double[])dataHigh.Clone();
        var inside = new List<int>(start);
        var trajectory = new List<PrimBox> { Box(low, high, inside, y, totalRuns, totalHits) };
        while (true)
        {
            double bestDensity = double.NegativeInfinity;
            int bestRemoved = int.MaxValue;
            (int Dim, bool Upper, double Bound, List<int> Kept)? best = null;
            for (int d = 0; d < k; d++)
            {
                var values = inside.Select(i => x[i][d]).Order().ToArray();
                foreach (bool upper in new[] { false, true })
                {
                    double cut = upper ? values[(int)Math.Floor((values.Length - 1) * (1 - alpha))] : values[(int)Math.Ceiling((values.Length - 1) * alpha)];
                    // Cut strictly beyond the quantile; when ties make that remove nothing, cut the tied values too.
                    var kept = inside.Where(i => upper ? x[i][d] <= cut : x[i][d] >= cut).ToList();
                    if (kept.Count == inside.Count) kept = inside.Where(i => upper ? x[i][d] < cut : x[i][d] > cut).ToList();
                    if (kept.Count == 0 || kept.Count == inside.Count || kept.Count < minMass * totalRuns) continue;
                    double density = kept.Count(i => y[i]) / (double)kept.Count;
                    int removed = inside.Count - kept.Count;
                    if (density > bestDensity + 1e-12 || (Math.Abs(density - bestDensity) <= 1e-12 && removed < bestRemoved))
                    {
                        bestDensity = density;
                        bestRemoved = removed;
                        best = (d, upper, upper ? kept.Max(i => x[i][d]) : kept.Min(i => x[i][d]), kept);
                    }
                }
            }
            if (best is not { } step) break;
            if (step.Upper) high[step.Dim] = step.Bound; else low[step.Dim] = step.Bound;
            inside = step.Kept;
            trajectory.Add(Box(low, high, inside, y, totalRuns, totalHits));
        }
        return trajectory;
    }

    private static PrimBox Box(double[] low, double[] high, List<int> inside, IReadOnlyList<bool> y, int totalRuns, int totalHits)
    {
        int hits = inside.Count(i => y[i]);
        return new PrimBox((double[])low.Clone(), (double[])high.Clone(), totalHits == 0 ? 0 : hits / (double)totalHits,
            inside.Count == 0 ? 0 : hits / (double)inside.Count, inside.Count / (double)totalRuns, inside.Count);
    }
}
