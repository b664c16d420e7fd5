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
        return new RunResult(config, seed, records, horizon, Outcomes(world, records, horizon));
    }

    private static List<InitiativeOutcome> Outcomes(World w, WeeklyRecord[] records, int weeks)
    {
        var outcomes = new List<InitiativeOutcome>();
        int K = w.InitiativeCount;
        for (int k = 0; k < K; k++)
        {
            ref readonly var s = ref w.Initiatives[k];
            int peak = -1, peakWeek = 0, peakPassive = 0;
            double freeRiding = 0;
            for (int t = 0; t < weeks; t++)
            {
                ref readonly var r = ref records[t * K + k];
                if (r.ActiveVolunteers > peak) { peak = r.ActiveVolunteers; peakWeek = t; }
                peakPassive = Math.Max(peakPassive, r.PassiveSupporters);
                freeRiding += r.FreeRiderShare;
            }
            ref readonly var last = ref records[(weeks - 1) * K + k];
            outcomes.Add(new InitiativeOutcome(w.Config.Initiatives[k].Id, s.Phase != Phase.Ended,
                s.EndedWeek >= 0 ? s.EndedWeek : null, Math.Max(peak, 0), peakWeek, last.ActiveVolunteers, peakPassive,
                last.TrustMean, last.IncomeDiversity, freeRiding / weeks, s.BizVotes, s.BizYes));
        }
        return outcomes;
    }
}
