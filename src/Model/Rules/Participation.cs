using WijkSim.Model.Parameters;
using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 2, participation: a resident's weekly propensity to take part and the role and
/// hours that follow. Conditional cooperation enters as the share of her ties who are active (003
/// l.310-380); autonomy, fun and fatigue as in the Jan Eef chapter (002 l.2266-2272).</summary>
public static class Participation
{
    /// <summary>The inputs of one resident's decision about one initiative, all from last week.</summary>
    public readonly record struct Inputs(
        double Motivation, double Trust, double Fun, double Urgency, double Autonomy, double Fatigue,
        double PeerActiveShare, double EventBoost, double SocialControl, double Noise01, double Fee = 0);

    /// <summary>Propensity (log-odds-like score). Non-decreasing in motivation, trust, fun, urgency,
    /// autonomy, peers, events and social control; non-increasing in fatigue and the participation fee.</summary>
    public static double Propensity(in Inputs x, ParticipationParameters p) =>
        p.Bias
        + p.MotivationWeight * x.Motivation
        + p.TrustWeight * x.Trust
        + p.FunWeight * x.Fun
        + p.UrgencyWeight * x.Urgency
        + p.AutonomyWeight * x.Autonomy
        - p.FatigueWeight * x.Fatigue
        + p.PeerWeight * x.PeerActiveShare
        + p.EventWeight * x.EventBoost
        - p.SocialControlWeight * (1.0 - x.SocialControl)
        - p.FeeWeight * x.Fee
        + p.Noise * (2.0 * x.Noise01 - 1.0);

    /// <summary>Next role of a resident who already knows the initiative (role Aware or higher).
    /// One rung up a week: aware, then supporter, then volunteer, then core ("trapsgewijs": a help-seeker
    /// becomes a helper, a helper a leader, 000 l.770-772; newcomers first watch, 003 l.386-388).
    /// Entry to active work needs the initiative's entry threshold on top; stepping down needs the
    /// propensity to fall below a threshold by the hysteresis (people do not quit on one bad week).
    /// The core is chosen without this week's campaign and without the urgency a crisis mobilisation added
    /// (<paramref name="eventTerm"/>, Rules/Urgency.Mobilised): an event draws people in but does not make
    /// leaders; practice shows who wants to lead (000 l.680-682, 765-766).
    /// Fading of passive support is decided by <see cref="Draagvlak"/>, not here. A core member leaves the
    /// core below <paramref name="coreExit"/> and an active member joins it from <paramref name="coreEntry"/>
    /// (<see cref="BoardSeats"/>; without them, the core threshold minus the hysteresis and the core threshold).
    /// <paramref name="workShift"/> moves the bar for taking on active work (<see cref="WorkNeed"/>; 0 when off);
    /// the bars for keeping it are the member's own.</summary>
    public static Role NextRole(Role role, double propensity, double entryThreshold, ParticipationParameters p, double eventTerm = 0,
        double? coreExit = null, double? coreEntry = null, double workShift = 0)
    {
        double h = p.ExitHysteresis;
        double lead = propensity - eventTerm;
        switch (role)
        {
            case Role.Core:
                return lead >= (coreExit ?? p.CoreThreshold - h) ? Role.Core
                    : propensity >= p.ActiveThreshold - h ? Role.Active : Role.Passive;
            case Role.Active:
                return lead >= (coreEntry ?? p.CoreThreshold) ? Role.Core
                    : propensity >= p.ActiveThreshold - h ? Role.Active
                    : propensity >= p.PassiveThreshold ? Role.Passive : Role.Aware;
            case Role.Passive:
                return propensity >= p.ActiveThreshold + workShift + entryThreshold ? Role.Active
                    : propensity >= p.PassiveThreshold - h ? Role.Passive : Role.Aware;
            default:
                return propensity >= p.PassiveThreshold ? Role.Passive : Role.Aware;
        }
    }

    /// <summary>Hours given this week: a share of the time budget by role, cut by lost social control
    /// (free riding inside the group, mechanism 3).</summary>
    public static double Hours(Role role, double timeBudget, double effortFactor, ParticipationParameters p) => role switch
    {
        Role.Core => timeBudget * p.CoreHoursShare * effortFactor,
        Role.Active => timeBudget * p.ActiveHoursShare * effortFactor,
        _ => 0.0,
    };
}
