using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Runs a whole scenario in one process: build, step every week, record. What sweeps,
/// tests and benchmarks use; the floor the Orleans hosting is measured against.</summary>
public static class KernelRun
{
    /// <param name="afterWeek">called after each week with the world and the records so far (for checkpoints)</param>
    /// <param name="threads">threads that step the residents (the same bits for any number); sweeps keep one per run</param>
    public static RunResult Run(ModelConfig config, ulong seed, int? weeks = null, Action<World, WeeklyRecord[]>? afterWeek = null, int threads = 1)
    {
        int horizon = weeks ?? config.Weeks;
        var world = WorldBuilder.Build(config, seed);
        return Continue(world, new WeeklyRecord[horizon * world.InitiativeCount], horizon, afterWeek, threads);
    }

    /// <summary>Steps a world from its current week to the horizon, filling the records of those weeks.
    /// A world restored from a checkpoint (records of the earlier weeks filled) continues exactly as the
    /// uninterrupted run would have.</summary>
    /// <param name="afterWeek">called after each week with the world and the records so far (for checkpoints)</param>
    public static RunResult Continue(World world, WeeklyRecord[] records, int horizon, Action<World, WeeklyRecord[]>? afterWeek = null, int threads = 1)
    {
        int K = world.InitiativeCount;
        using var team = new ResidentTeam(threads);
        for (int t = world.Week; t < horizon; t++)
        {
            WeeklyStep.Step(world, team);
            for (int k = 0; k < K; k++) records[t * K + k] = WeeklyRecord.From(world, k, t);
            afterWeek?.Invoke(world, records);
        }
        return new RunResult(world.Config, world.Seed, records, horizon, RunOutcomes.FromRecords(world.Config, records, horizon));
    }
}
