using BenchmarkDotNet.Attributes;

namespace WijkSim.Benchmarks;

/// <summary>The kernel's weekly step on one thread, Jan Eef scaled to 1k, 10k and 100k residents
/// (<see cref="SecondYearBenchmark"/>: the second year from a week-52 snapshot, one operation a week).</summary>
public class KernelWeekBenchmark : SecondYearBenchmark
{
    [Params(1_000, 10_000, 100_000)]
    public override int Residents { get; set; }

    [Benchmark(Description = "kernel week", OperationsPerInvoke = WeeksPerInvoke)]
    public void Week() => Year();
}
