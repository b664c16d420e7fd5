using MathNet.Numerics.Distributions;

namespace WijkSim.Scenarios.Facts;

/// <summary>The two tests the counterfactual facts use, one-sided ("A is higher than B"). The normal
/// distribution comes from MathNet.Numerics; the statistics are the textbook ones.</summary>
public static class Statistics
{
    /// <summary>Two-proportion z-test (pooled): p-value for "the share of successes in A exceeds B's".</summary>
    public static double TwoProportionP(int successesA, int nA, int successesB, int nB)
    {
        double pA = (double)successesA / nA, pB = (double)successesB / nB;
        double pooled = (double)(successesA + successesB) / (nA + nB);
        double se = Math.Sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
        if (se == 0) return pA > pB ? 0.0 : 1.0;
        return 1.0 - Normal.CDF(0, 1, (pA - pB) / se);
    }

    /// <summary>Mann-Whitney U test, normal approximation with tie correction: p-value for "values in A
    /// tend to exceed values in B".</summary>
    public static double MannWhitneyP(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var all = a.Select(v => (v, group: 0)).Concat(b.Select(v => (v, group: 1))).OrderBy(x => x.v).ToArray();
        var ranks = new double[all.Length];
        double tieTerm = 0;
        for (int i = 0; i < all.Length;)
        {
            int j = i;
            while (j + 1 < all.Length && all[j + 1].v == all[i].v) j++;
            double rank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) ranks[t] = rank;
            int tied = j - i + 1;
            tieTerm += (double)tied * tied * tied - tied;
            i = j + 1;
        }
        double rankSumA = 0;
        for (int i = 0; i < all.Length; i++) if (all[i].group == 0) rankSumA += ranks[i];
        double n1 = a.Count, n2 = b.Count, n = n1 + n2;
        double u = rankSumA - n1 * (n1 + 1) / 2;
        double mean = n1 * n2 / 2;
        double variance = n1 * n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
        if (variance <= 0) return u > mean ? 0.0 : 1.0;
        return 1.0 - Normal.CDF(0, 1, (u - mean) / Math.Sqrt(variance));
    }
}
