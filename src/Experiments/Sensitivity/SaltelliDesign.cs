using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Sensitivity;

/// <summary>The Saltelli (2002, 2010) sampling scheme for Sobol indices: two independent N × k samples A
/// and B, and for each factor i the matrix AB_i, which is A with column i taken from B. The points are
/// listed block by block: A, B, AB_1, ..., AB_k, so N(k + 2) evaluations in all.</summary>
/// <remarks>A and B are Latin hypercubes (two seeds): each factor's range is then covered evenly, which
/// lowers the estimators' variance against plain random draws at the same N.</remarks>
public sealed record SaltelliDesign(int N, int Factors, double[][] Points)
{
    public int Count => Points.Length;
    public int A(int j) => j;
    public int B(int j) => N + j;
    public int AB(int i, int j) => (2 + i) * N + j;

    public static SaltelliDesign Create(int factors, int n, ulong seed)
    {
        if (factors < 1) throw new ArgumentOutOfRangeException(nameof(factors));
        if (n < 2) throw new ArgumentOutOfRangeException(nameof(n));
        var a = LatinHypercube.Unit(factors, n, StreamSeed(seed, 1));
        var b = LatinHypercube.Unit(factors, n, StreamSeed(seed, 2));
        var points = new List<double[]>(n * (factors + 2));
        points.AddRange(a);
        points.AddRange(b);
        for (int i = 0; i < factors; i++)
            for (int j = 0; j < n; j++)
            {
                var row = (double[])a[j].Clone();
                row[i] = b[j][i];
                points.Add(row);
            }
        return new SaltelliDesign(n, factors, [.. points]);
    }

    /// <summary>Independent seeds for A and B drawn from the one design seed.</summary>
    private static ulong StreamSeed(ulong seed, int stream) =>
        WijkSim.Model.Random.CounterRng.Bits(seed, (ulong)stream, -2, WijkSim.Model.Random.Purpose.ExperimentDesign);
}
