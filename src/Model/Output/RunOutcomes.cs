using WijkSim.Model.Config;

namespace WijkSim.Model.Output;

/// <summary>Per-run outcomes computed from the weekly records alone, so that every hosting (kernel,
/// live, a replay) derives them the same way from the same rows.</summary>
public static class RunOutcomes
{
    public static List<InitiativeOutcome> FromRecords(ModelConfig config, WeeklyRecord[] records, int weeks)
    {
        int K = config.Initiatives.Count;
        var outcomes = new List<InitiativeOutcome>(K);
        for (int k = 0; k < K; k++)
        {
            int peak = -1, peakWeek = 0, peakPassive = 0;
            int? ended = null;
            double freeRiding = 0;
            int liveWeeks = 0;
            for (int t = 0; t < weeks; t++)
            {
                ref readonly var r = ref records[t * K + k];
                if (r.ActiveVolunteers > peak) { peak = r.ActiveVolunteers; peakWeek = t; }
                peakPassive = Math.Max(peakPassive, r.PassiveSupporters);
                if (ended is null && r.Phase == Phase.Ended) ended = t;
                if (ended is not null) continue;
                // A mean over the weeks the initiative lives: after its end nobody enjoys or free-rides on
                // it, and counting those weeks as 0 made an early end look like little free riding.
                freeRiding += r.FreeRiderShare;
                liveWeeks++;
            }
            if (weeks == 0)
            {
                // Nothing simulated yet (a live session at week 0): the outcome of the starting state.
                bool endedAtStart = config.Initiatives[k].Phase == Phase.Ended;
                outcomes.Add(new InitiativeOutcome(config.Initiatives[k].Id, !endedAtStart, endedAtStart ? 0 : null, 0, 0, 0, 0, 0, 0, 0, 0, 0));
                continue;
            }
            ref readonly var last = ref records[(weeks - 1) * K + k];
            outcomes.Add(new InitiativeOutcome(config.Initiatives[k].Id, ended is null, ended, Math.Max(peak, 0), peakWeek,
                last.ActiveVolunteers, peakPassive, last.TrustMean, last.IncomeDiversity, liveWeeks > 0 ? freeRiding / liveWeeks : 0, last.BizVotes, last.BizYes));
        }
        return outcomes;
    }
}
