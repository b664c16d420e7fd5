namespace WijkSim.Experiments.Design;

/// <summary>A Latin-hypercube sample (McKay, Beckman and Conover 1979): N points such that, for every
/// factor, each of N equal slices of its range holds exactly one point. It covers many factors with
/// far fewer runs than a grid.</summary>
public static class LatinHypercube
{
    /// <summary>The positions in [0, 1) per point and factor.</summary>
    public static double[][] Unit(int factors, int samples, ulong seed)
    {
        var random = new DesignRandom(seed);
        var points = new double[samples][];
        for (int i = 0; i < samples; i++) points[i] = new double[factors];
        for (int j = 0; j < factors; j++)
        {
            var slices = random.Permutation(samples, stream: j);
            for (int i = 0; i < samples; i++)
                points[i][j] = (slices[i] + random.Uniform(factors + j, i)) / samples; // a random place inside its slice
        }
        return points;
    }

    public static IReadOnlyList<string[]> Points(IReadOnlyList<Factor> factors, int samples, ulong seed) =>
        Unit(factors.Count, samples, seed).Select(u => factors.Select((f, j) => f.At(u[j])).ToArray()).ToArray();
}
