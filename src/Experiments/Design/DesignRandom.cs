using WijkSim.Model.Random;

namespace WijkSim.Experiments.Design;

/// <summary>Random numbers for drawing a design, keyed like the model's own draws (seed, a counter, a
/// slot), so the same seed gives the same design on any machine and .NET version (System.Random's
/// seeded sequence is not promised to stay the same across versions).</summary>
public readonly struct DesignRandom(ulong seed)
{
    public double Uniform(int counter, int slot) => CounterRng.Uniform(seed, (ulong)counter, slot, Purpose.ExperimentDesign);

    /// <summary>A standard normal draw for the same key.</summary>
    public double Normal(int counter, int slot) => CounterRng.Normal(seed, (ulong)counter, slot, Purpose.ExperimentDesign);

    /// <summary>An independent stream for one stage of a method (a generation, a round, a bootstrap),
    /// so that adding draws to one stage never shifts the draws of another.</summary>
    public DesignRandom Stream(int stage, int substage = 0) =>
        new(CounterRng.Bits(seed, (ulong)stage * 0x9E3779B97F4A7C15UL + (ulong)substage, -1, Purpose.ExperimentDesign));

    /// <summary>A uniformly random permutation of 0..n-1 (Fisher-Yates), one per <paramref name="stream"/>.</summary>
    public int[] Permutation(int n, int stream)
    {
        var p = Enumerable.Range(0, n).ToArray();
        for (int i = n - 1; i > 0; i--)
        {
            int j = (int)(Uniform(stream, i) * (i + 1));
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }
}
