namespace WijkSim.Experiments.Calibration;

/// <summary>An observed value for one summary statistic: a point (<c>Low == High</c>) or a range, with
/// its weight in the distance.</summary>
public sealed record Observation(string Name, double Low, double High, double Weight)
{
    /// <summary>How far a simulated value lies from the observation: 0 inside the range, else the gap to
    /// the nearer end. A range says "anything in here is as good as observed", so ABC does not reward
    /// sharpening a statistic the sources give only roughly.</summary>
    public double Gap(double simulated) =>
        double.IsNaN(simulated) ? double.PositiveInfinity
        : simulated < Low ? Low - simulated
        : simulated > High ? simulated - High
        : 0;
}

/// <summary>The ABC distance: a weighted Euclidean norm of the gaps, each divided by its statistic's
/// scale, <c>d = sqrt(Σ w_k (gap_k / s_k)² / Σ w_k)</c>.</summary>
/// <remarks>The scales make statistics in euros and in shares comparable. They are the median absolute
/// deviation of each statistic over the first generation (the prior predictive), as Prangle (2017)
/// recommends, fixed from then on so that distances of later generations stay comparable. A statistic
/// that does not vary under the prior (MAD 0) falls back to its mean absolute deviation, then to 1.</remarks>
public sealed class TargetDistance(IReadOnlyList<Observation> observations, double[] scales)
{
    public IReadOnlyList<Observation> Observations { get; } = observations;
    public double[] Scales { get; } = scales;

    public double Of(double[] statistics)
    {
        double sum = 0, weights = 0;
        for (int k = 0; k < Observations.Count; k++)
        {
            double gap = Observations[k].Gap(statistics[k]) / Scales[k];
            sum += Observations[k].Weight * gap * gap;
            weights += Observations[k].Weight;
        }
        return weights == 0 ? 0 : Math.Sqrt(sum / weights);
    }

    /// <summary>The scales from the prior predictive statistics (rows: particles, columns: statistics).</summary>
    public static TargetDistance Scaled(IReadOnlyList<Observation> observations, IReadOnlyList<double[]> priorStatistics)
    {
        var scales = new double[observations.Count];
        for (int k = 0; k < scales.Length; k++)
        {
            var column = priorStatistics.Select(s => s[k]).Where(double.IsFinite).ToArray();
            scales[k] = Scale(column);
        }
        return new TargetDistance(observations, scales);
    }

    private static double Scale(double[] values)
    {
        if (values.Length == 0) return 1;
        double median = WeightedQuantile.Of(values, null, 0.5);
        double mad = WeightedQuantile.Of(values.Select(v => Math.Abs(v - median)).ToArray(), null, 0.5);
        if (mad > 0) return mad;
        double meanAbs = values.Average(v => Math.Abs(v - median));
        return meanAbs > 0 ? meanAbs : 1;
    }
}
