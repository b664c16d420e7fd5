using WijkSim.Experiments.Design;
using WijkSim.Experiments.Results;

namespace WijkSim.Silo.Experiments;

/// <summary>Morris measures of every factor for the two outcomes sensitivity reports: survival (share of
/// runs in which the initiatives survive) and the mean free-rider share; each ranked by μ*.</summary>
public sealed record SensitivityRanking(string Outcome, IReadOnlyList<MorrisEffect> Effects)
{
    public static readonly (string Outcome, string Measure)[] Outcomes = [("survival", "survived"), ("free_riding", "mean_free_rider_share")];

    public static IReadOnlyList<SensitivityRanking> From(ExperimentResults results, IReadOnlyList<MorrisDesign.Trajectory> trajectories)
    {
        int factors = results.Experiment.Plan.Factors.Count;
        int perTrajectory = factors + 1;
        var byPoint = results.Summaries.GroupBy(s => s.Point).ToDictionary(g => g.Key, g => g.ToArray());
        return Outcomes.Select(o =>
        {
            // The outcome of a design point: its mean over replications, averaged over its initiatives.
            double At(int trajectory, int step) => byPoint[trajectory * perTrajectory + step].Average(s => s.Estimates[o.Measure].Mean);
            var effects = MorrisEffect.Compute(trajectories, factors, At).OrderByDescending(e => e.MuStar).ThenBy(e => e.Factor).ToArray();
            return new SensitivityRanking(o.Outcome, effects);
        }).ToArray();
    }
}
