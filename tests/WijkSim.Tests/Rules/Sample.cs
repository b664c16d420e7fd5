using WijkSim.Model.Random;

namespace WijkSim.Tests.Rules;

/// <summary>Deterministic random inputs for property-style tests: many cases, same every run.</summary>
public static class Sample
{
    public static IEnumerable<double[]> Uniforms(int cases, int dimensions, ulong seed = 99)
    {
        for (int c = 0; c < cases; c++)
        {
            var x = new double[dimensions];
            for (int d = 0; d < dimensions; d++) x[d] = CounterRng.Uniform(seed, (ulong)c, d, Purpose.Propensity);
            yield return x;
        }
    }
}
