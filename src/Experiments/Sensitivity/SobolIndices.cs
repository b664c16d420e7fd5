using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Sensitivity;

/// <summary>A factor's first-order (S) and total (ST) Sobol index, each with a 95% bootstrap interval.</summary>
public sealed record SobolIndex(int Factor, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>Sobol indices from the outputs of a <see cref="SaltelliDesign"/>, with the estimators
/// recommended by Saltelli et al. (2010, table 2): first order
/// <c>S_i = (1/N) Σ_j f(B)_j (f(AB_i)_j − f(A)_j) / V</c> and total (Jansen 1999)
/// <c>ST_i = (1/2N) Σ_j (f(A)_j − f(AB_i)_j)² / V</c>, where V is the variance of all f(A) and f(B).</summary>
/// <remarks>Intervals: the percentile bootstrap over the N rows (each resample draws rows j with
/// replacement and re-estimates every index from the same rows of A, B and AB_i), as in SALib.
/// A first-order index can come out slightly negative or above its total index from sampling error;
/// it is reported as estimated, not clipped, so the interval shows the uncertainty honestly.</remarks>
public static class SobolIndices
{
    public static IReadOnlyList<SobolIndex> Estimate(SaltelliDesign design, IReadOnlyList<double> outputs, int resamples = 1000, ulong seed = 1)
    {
        if (outputs.Count != design.Count) throw new ArgumentException($"expected {design.Count} outputs, found {outputs.Count}", nameof(outputs));
        int n = design.N;
        var all = Enumerable.Range(0, n).ToArray();
        var random = new DesignRandom(seed).Stream(7);
        var samples = Enumerable.Range(0, resamples)
            .Select(b => Enumerable.Range(0, n).Select(j => (int)(random.Uniform(b, j) * n)).ToArray()).ToArray();
        var result = new SobolIndex[design.Factors];
        for (int i = 0; i < design.Factors; i++)
        {
            var (first, total) = Indices(design, outputs, i, all);
            var firsts = new double[resamples];
            var totals = new double[resamples];
            for (int b = 0; b < resamples; b++) (firsts[b], totals[b]) = Indices(design, outputs, i, samples[b]);
            Array.Sort(firsts);
            Array.Sort(totals);
            result[i] = new SobolIndex(i, first, Percentile(firsts, 0.025), Percentile(firsts, 0.975),
                total, Percentile(totals, 0.025), Percentile(totals, 0.975));
        }
        return result;
    }

    private static (double First, double Total) Indices(SaltelliDesign design, IReadOnlyList<double> f, int i, int[] rows)
    {
        int n = rows.Length;
        double mean = 0;
        foreach (int j in rows) mean += f[design.A(j)] + f[design.B(j)];
        mean /= 2 * n;
        double variance = 0, first = 0, total = 0;
        foreach (int j in rows)
        {
            double a = f[design.A(j)], b = f[design.B(j)], ab = f[design.AB(i, j)];
            variance += (a - mean) * (a - mean) + (b - mean) * (b - mean);
            first += b * (ab - a);
            total += (a - ab) * (a - ab);
        }
        variance /= 2 * n - 1;
        if (variance == 0) return (0, 0); // the output does not vary: no factor explains anything
        return (first / n / variance, total / (2.0 * n) / variance);
    }

    /// <summary>Linear interpolation between order statistics of a sorted sample.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
