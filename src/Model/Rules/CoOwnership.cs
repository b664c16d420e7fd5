using WijkSim.Model.Parameters;
using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>Co-ownership: a change designed together with the residents who live through it is theirs.
/// The Voedseltuin's neighbours "werden intensief betrokken in de ontwerpfase. Zo ontstond er een sterke
/// community rondom de Voedseltuin" (002 l.3668-3671); "Openheid zorgt voor gedeeld eigenaarschap"
/// (Jan Eef's lesson, l.2436). A campaign draws people in for a week and they drift back when its pull
/// is gone; a co-owner keeps the pull of the design she took part in, as a supporter: it holds her tie,
/// it does not make her work or lead (those stay with her own propensity). The seeds give no size for the
/// tie, so it is the co-design's own campaign term (EventWeight × strength): no new number.</summary>
public static class CoOwnership
{
    /// <summary>True if a member stays a supporter because she co-owns the initiative's latest design:
    /// her role would fall below passive, and her propensity with the design's pull still clears the
    /// threshold a supporter needs to stay (the passive threshold less the exit hysteresis).</summary>
    public static bool KeepsSupport(Role before, Role after, bool coOwner, double propensity, double coDesignStrength, ParticipationParameters p) =>
        coOwner && before >= Role.Passive && after < Role.Passive
        && propensity + p.EventWeight * coDesignStrength >= p.PassiveThreshold - p.ExitHysteresis;
}
