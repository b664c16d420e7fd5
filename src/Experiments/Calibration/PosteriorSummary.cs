namespace WijkSim.Experiments.Calibration;

/// <summary>A parameter's posterior: weighted median and 90% equal-tailed credible interval.</summary>
public sealed record PosteriorSummary(string Key, double Median, double Low, double High, double PriorLow, double PriorHigh)
{
    /// <summary>How much of the prior's width the interval still spans (1: the targets said nothing about it).</summary>
    public double WidthShare => (High - Low) / (PriorHigh - PriorLow);

    public static IReadOnlyList<PosteriorSummary> Of(AbcGeneration generation, IReadOnlyList<CalibrationParameter> parameters) =>
        parameters.Select((p, d) =>
        {
            var values = generation.Accepted.Select(x => x.Values[d]).ToArray();
            var weights = generation.Accepted.Select(x => x.Weight).ToArray();
            return new PosteriorSummary(p.Key, WeightedQuantile.Of(values, weights, 0.5), WeightedQuantile.Of(values, weights, 0.05),
                WeightedQuantile.Of(values, weights, 0.95), p.Low, p.High);
        }).ToArray();
}
