using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Runs a whole scenario in one process: build, step every week, record. What sweeps,
/// tests and benchmarks use; the floor the Orleans hosting is measured against.</summary>
public static class KernelRun
{
    public static RunResult Run(ModelConfig config, ulong seed, int? weeks = null)
    {
        int horizon = weeks ?? config.Weeks;
        var world = WorldBuilder.Build(config, seed);
        int K = world.InitiativeCount;
        var records = new WeeklyRecord[horizon * K];
        for (int t = 0; t < horizon; t++)
        {
            WeeklyStep.Step(world);
            for (int k = 0; k < K; k++) records[t * K + k] = WeeklyRecord.From(world, k, t);
        }
        return new RunResult(config, seed, records, horizon, RunOutcomes.FromRecords(config, records, horizon));
    }
}
