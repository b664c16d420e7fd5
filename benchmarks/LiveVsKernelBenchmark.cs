using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Benchmarks;

/// <summary>The live (grain) weekly step next to the kernel's, on the same year of the same world:
/// Jan Eef scaled to 1k and 10k residents, weeks 52-103, one embedded silo. Before each iteration
/// (not measured) the kernel restores its week-52 snapshot and the live session is reset and run
/// to week 52; the measured part simulates the year, one operation = one week.</summary>
[MemoryDiagnoser]
// Monitoring: every iteration is one cold-started year (restored in IterationSetup); three warm-up
// years let tiered JIT reach its optimised code before measuring. Server GC, as `wijksim` runs.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 10, invocationCount: 1)]
[GcServer(true)]
public class LiveVsKernelBenchmark
{
    private const int Year = 52;
    private Microsoft.Extensions.Hosting.IHost _host = null!;
    private ISimulationGrain _clock = null!;
    private World _snapshot = null!;
    private World _world = null!;

    [Params(1_000, 10_000)]
    public int Residents { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var scenario = ScenarioLoader.Load(Scenarios.Path("jan-eef.yaml"), [$"population.residents={Residents}"]);
        _snapshot = WorldBuilder.Build(scenario.Config, 1);
        for (int week = 0; week < Year; week++) WeeklyStep.Step(_snapshot);
        _world = WorldBuilder.Build(scenario.Config, 1);

        _host = await BenchmarkSilo.Start();
        _clock = _host.Services.GetRequiredService<IGrainFactory>().GetGrain<ISimulationGrain>("bench");
        await _clock.Create(new SessionSpec("bench", ModelConfigJson.Serialize(scenario.Config), 1, scenario.Path, scenario.Sha256));
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        Console.WriteLine($"// grain calls in the last live week: {(await _clock.GetState()).GrainCallsLastWeek}");
        await BenchmarkSilo.Stop(_host);
    }

    [IterationSetup(Target = nameof(Kernel))]
    public void RestoreKernel() => _world.CopyStateFrom(_snapshot);

    [IterationSetup(Target = nameof(Live))]
    public void RestoreLive()
    {
        _clock.Reset().GetAwaiter().GetResult();
        for (int week = 0; week < Year; week += 13) _clock.Step(13).GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Year, Description = "kernel week")]
    public void Kernel()
    {
        for (int week = 0; week < Year; week++) WeeklyStep.Step(_world);
    }

    [Benchmark(OperationsPerInvoke = Year, Description = "live week (1 silo)")]
    public void Live()
    {
        for (int week = 0; week < Year; week += 13) _clock.Step(13).GetAwaiter().GetResult();
    }
}
