using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;

namespace WijkSim.Scenarios.Facts;

/// <summary>One scenario run over seeds first..first+N−1, in the kernel in parallel over the machine's
/// cores, or gathered from runs done elsewhere (the run grains). Each run is independent and
/// deterministic, so the set is the same however it is scheduled.</summary>
public sealed class RunSet
{
    private RunSet(string name, ModelConfig config, RunResult[] runs) { Name = name; Config = config; Runs = runs; }

    public string Name { get; }
    public ModelConfig Config { get; }
    public RunResult[] Runs { get; }

    public static RunSet Run(string name, ModelConfig config, int seeds, ulong firstSeed = 1)
    {
        var runs = new RunResult[seeds];
        Parallel.For(0, seeds, s => runs[s] = KernelRun.Run(config, firstSeed + (ulong)s));
        return new RunSet(name, config, runs);
    }

    /// <summary>Runs already done, in seed order.</summary>
    public static RunSet From(string name, ModelConfig config, RunResult[] runs) => new(name, config, runs);

    public int Count(Func<RunResult, bool> predicate) => Runs.Count(predicate);
    public double[] Values(Func<RunResult, double> measure) => Runs.Select(measure).ToArray();
}
