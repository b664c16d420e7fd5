using BenchmarkDotNet.Attributes;
using WijkSim.Model.Random;

namespace WijkSim.Benchmarks;

/// <summary>What one keyed random draw costs (issue 18, part 4: what bounds the kernel). A resident-week
/// draws one keyed uniform per initiative in reach (the awareness or the role draw), plus the rare ladder
/// draw; comparing this figure with the kernel week's time per resident gives the draws' share.</summary>
[MemoryDiagnoser]
public class CounterRngBenchmark
{
    private const int Draws = 1_000;

    [Benchmark(Description = "keyed uniform draw", OperationsPerInvoke = Draws)]
    public double Uniform()
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++) sum += CounterRng.Uniform(7, (ulong)i, 52, Purpose.Awareness);
        return sum;
    }
}
