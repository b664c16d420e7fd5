using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Experiments;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;

namespace WijkSim.Benchmarks;

/// <summary>A sweep of 1,000 one-year runs of Jan Eef (2,000 residents), with 1 and 2 runs at once:
/// the plain kernel in a Parallel.For next to the same runs through the Experiment and Run grains of
/// an embedded silo. One operation = one run, so "Runs/s" is the sweep's throughput and
/// (runs/s at 2) / (2 × runs/s at 1) its parallel efficiency.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
[GcServer(true)]
public class SweepBenchmark
{
    private const int Runs = 1000;
    private ModelConfig _config = null!;
    private string _json = "";
    private Microsoft.Extensions.Hosting.IHost _host = null!;
    private int _experiments;

    [Params(1, 2)]
    public int Parallel { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _config = ScenarioLoader.Load(Scenarios.Path("jan-eef.yaml")).Config with { Weeks = 52 };
        _json = ModelConfigJson.Serialize(_config);
        _host = await BenchmarkSilo.Start(parallelRuns: Parallel);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await BenchmarkSilo.Stop(_host);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Runs, Description = "kernel run (Parallel.For)")]
    public void Kernel() =>
        System.Threading.Tasks.Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, r => KernelRun.Run(_config, (ulong)r + 1));

    [Benchmark(OperationsPerInvoke = Runs, Description = "Run grain (embedded silo)")]
    public Task Orleans()
    {
        // Each seed a design point of its own would cost 1,000 JSON copies; one point with 1,000 replications is the same work.
        var spec = new ExperimentSpec($"bench-{_experiments++}", [_json], Runs, FirstSeed: 1, Window: 2 * Parallel);
        var driver = new ExperimentDriver(_host.Services.GetRequiredService<IGrainFactory>());
        return driver.Run(spec, Enumerable.Range(0, Runs), _ => { }, CancellationToken.None);
    }
}
