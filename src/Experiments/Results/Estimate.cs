using MathNet.Numerics.Distributions;

namespace WijkSim.Experiments.Results;

/// <summary>A mean with its 95% confidence interval over the replications of one design point.</summary>
public readonly record struct Estimate(int N, double Mean, double Sd, double Low, double High)
{
    /// <summary>Mean ± t(0.975, n−1)·sd/√n. With one value the interval is unknown (NaN), not zero.</summary>
    public static Estimate OfMean(IReadOnlyList<double> values)
    {
        int n = values.Count;
        if (n == 0) return new Estimate(0, double.NaN, double.NaN, double.NaN, double.NaN);
        double sum = 0;
        foreach (var v in values) sum += v; // in the given (run) order, so the bits do not depend on scheduling
        double mean = sum / n;
        if (n == 1) return new Estimate(1, mean, double.NaN, double.NaN, double.NaN);
        double ss = 0;
        foreach (var v in values) ss += (v - mean) * (v - mean);
        double sd = Math.Sqrt(ss / (n - 1));
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }

    /// <summary>A share with the Wilson score interval (Wilson 1927): unlike mean ± t·sd it stays inside
    /// [0, 1] and is not zero-width when every run survived or every run ended.</summary>
    public static Estimate OfShare(int successes, int n)
    {
        if (n == 0) return new Estimate(0, double.NaN, double.NaN, double.NaN, double.NaN);
        const double z = 1.959963984540054;
        double p = successes / (double)n;
        double denominator = 1 + z * z / n;
        double centre = (p + z * z / (2 * n)) / denominator;
        double half = z * Math.Sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denominator;
        double sd = n > 1 ? Math.Sqrt(p * (1 - p) * n / (n - 1)) : double.NaN;
        return new Estimate(n, p, sd, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    public static Estimate Of(Measure measure, IReadOnlyList<RunRow> rows)
    {
        var values = rows.Select(measure.Of).ToArray();
        return measure.Proportion ? OfShare(values.Count(v => v > 0.5), values.Length) : OfMean(values);
    }
}
