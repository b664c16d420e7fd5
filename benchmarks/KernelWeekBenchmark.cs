using BenchmarkDotNet.Attributes;
using WijkSim.Model.Build;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Benchmarks;

/// <summary>The kernel's weekly step on the Jan Eef scenario scaled to 1k, 10k and 100k residents.
/// Each invocation restores a snapshot taken at week 52 and simulates the second year (weeks 52-103:
/// growth, events, the first formalisation), so every measurement covers the same representative
/// weeks instead of drifting past the horizon into a world where the initiative has ended.
/// One operation is one simulated week (OperationsPerInvoke = 52); the restore, a memory copy of
/// the state, is included and costs under 1% of the year.</summary>
[MemoryDiagnoser]
public class KernelWeekBenchmark
{
    private const int WeeksPerInvoke = 52;
    private World _snapshot = null!;
    private World _world = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Residents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var config = ScenarioLoader.Load(Scenarios.Path("jan-eef.yaml"), [$"population.residents={Residents}"]).Config;
        _snapshot = WorldBuilder.Build(config, 1);
        for (int week = 0; week < 52; week++) WeeklyStep.Step(_snapshot);
        _world = WorldBuilder.Build(config, 1);
    }

    [Benchmark(Description = "kernel week", OperationsPerInvoke = WeeksPerInvoke)]
    public void Year()
    {
        _world.CopyStateFrom(_snapshot);
        for (int week = 0; week < WeeksPerInvoke; week++) WeeklyStep.Step(_world);
    }
}
