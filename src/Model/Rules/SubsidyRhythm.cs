using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 8, subsidy rhythm: the yearly amount by schedule. Tapering lowers it each year
/// 'as an incentive for independence' (002 l.2370-2375); a lifecycle schedule follows the initiative's
/// phase and bridges its crises (002 l.2396-2406; 001 l.~105).</summary>
public static class SubsidyRhythm
{
    /// <param name="grantYear">0 for the first year of subsidy, 1 for the second, ...</param>
    public static double AmountPerYear(SubsidySchedule schedule, double baseAmount, double taperPerYear, int grantYear,
        Phase phase, bool inCrisis, SubsidyParameters p) => schedule switch
    {
        SubsidySchedule.Fixed => baseAmount,
        SubsidySchedule.Tapering => baseAmount * Math.Pow(1.0 - taperPerYear, grantYear),
        SubsidySchedule.Lifecycle => baseAmount * (inCrisis ? p.BridgeFactor : PhaseFactor(phase, p)),
        _ => 0.0,
    };

    private static double PhaseFactor(Phase phase, SubsidyParameters p) => phase switch
    {
        Phase.Idea => p.IdeaFactor,
        Phase.Pioneer => p.PioneerFactor,
        Phase.Growth => p.GrowthFactor,
        Phase.Established => p.EstablishedFactor,
        Phase.Decline => p.BridgeFactor,
        _ => 0.0,
    };

    /// <summary>A partner municipality following the lifecycle keeps paying while a renewal is decided;
    /// every other combination leaves a gap (annual covenant renewal threatens continuity, 004 l.637-641).</summary>
    public static bool BridgesDecisionGap(Stance stance, SubsidySchedule schedule) =>
        stance == Stance.Partner && schedule == SubsidySchedule.Lifecycle;
}
