namespace WijkSim.Model.Random;

/// <summary>
/// Counter-based random numbers: every draw is a pure function of (seed, agent, week, purpose).
/// </summary>
/// <remarks>
/// Why not System.Random: a sequential generator makes every draw depend on how many draws came
/// before it, so the result would depend on the order in which agents (or grains on several silos)
/// are stepped. Keying each draw by its coordinates makes any evaluation order give the same bits.
/// The mixer is SplitMix64's finaliser (Steele, Lea, Flood 2014), applied once per key word; it is
/// a few multiply-xor-shifts, allocation free, and passes BigCrush as a counter-mode generator.
/// </remarks>
public static class CounterRng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>64 random bits for the given coordinates.</summary>
    public static ulong Bits(ulong seed, ulong agent, int week, Purpose purpose)
    {
        ulong h = Mix(seed * Golden + 0x632BE59BD9B4E019UL);
        h = Mix(h ^ (agent * Golden + 1));
        h = Mix(h ^ ((ulong)(uint)week * 0xD1B54A32D192ED03UL + 2));
        return Mix(h ^ ((ulong)purpose * 0x94D049BB133111EBUL + 3));
    }

    /// <summary>A uniform double in [0, 1) for the given coordinates.</summary>
    public static double Uniform(ulong seed, ulong agent, int week, Purpose purpose) =>
        (Bits(seed, agent, week, purpose) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw (Box-Muller over two keyed uniforms).</summary>
    public static double Normal(ulong seed, ulong agent, int week, Purpose purpose)
    {
        double u1 = 1.0 - Uniform(seed, agent, week, purpose);           // (0, 1]: log is finite
        double u2 = Uniform(seed, agent ^ 0x5555_5555_5555_5555UL, week, purpose);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
