using WijkSim.Model.Parameters;
using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>Co-ownership: a change designed together with the residents who live through it is theirs.
/// The Voedseltuin's neighbours "werden intensief betrokken in de ontwerpfase. Zo ontstond er een sterke
/// community rondom de Voedseltuin" (002 l.3668-3671); "Openheid zorgt voor gedeeld eigenaarschap"
/// (Jan Eef's lesson, l.2436). A campaign draws people in for a week and they drift back when its pull
/// is gone; a co-owner keeps the pull of the design she took part in, as a supporter: it holds her tie,
/// it does not make her work or lead (those stay with her own propensity). The tie needs upkeep: "het
/// continu en met tijd en aandacht onderhouden van het gevoel van gezamenlijkheid" (l.2388-2390), so
/// without a new design it halves every OwnershipHalfLifeWeeks.
/// ASSUMPTIONS, none given by the seeds: the tie starts at the co-design's own campaign term (EventWeight
/// × strength, so the strength counts twice: it draws people in and then holds them); whoever is a
/// member in the design's week owns it (the seed's design phase has no length and its co-designers were
/// the neighbours); the half-life (ParticipationParameters.OwnershipHalfLifeWeeks).</summary>
public static class CoOwnership
{
    /// <summary>The pull a co-owner keeps <paramref name="weeksSince"/> weeks after the design.</summary>
    public static double Pull(double coDesignStrength, int weeksSince, ParticipationParameters p) =>
        p.EventWeight * coDesignStrength * Math.Pow(0.5, (double)Math.Max(0, weeksSince) / p.OwnershipHalfLifeWeeks);

    /// <summary>True if a member stays a supporter because she co-owns the initiative's latest design:
    /// her role would fall below passive, and her propensity with the design's pull still clears the
    /// threshold a supporter needs to stay (the passive threshold less the exit hysteresis).</summary>
    public static bool KeepsSupport(Role before, Role after, bool coOwner, double propensity, double pull, ParticipationParameters p) =>
        coOwner && before >= Role.Passive && after < Role.Passive
        && propensity + pull >= p.PassiveThreshold - p.ExitHysteresis;
}
