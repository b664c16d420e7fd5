namespace WijkSim.Experiments.Calibration;

/// <summary>Quantiles of weighted samples (an ABC posterior is a weighted sample).</summary>
public static class WeightedQuantile
{
    /// <summary>The smallest value whose cumulative normalised weight reaches <paramref name="p"/>
    /// (equal weights when <paramref name="weights"/> is null); ties broken by position, so the result is exact and
    /// repeatable.</summary>
    public static double Of(IReadOnlyList<double> values, IReadOnlyList<double>? weights, double p)
    {
        if (values.Count == 0) return double.NaN;
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        double total = 0;
        for (int i = 0; i < values.Count; i++) total += weights?[i] ?? 1;
        double cumulative = 0;
        foreach (int i in order)
        {
            cumulative += (weights?[i] ?? 1) / total;
            if (cumulative >= p - 1e-12) return values[i];
        }
        return values[order[^1]];
    }
}
