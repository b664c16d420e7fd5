using WijkSim.Model.Parameters;
using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>The managers of a place stay while the place holds (docs/model.md §6, twenty-fourth round).
/// De Ketel's "zes actieve medewerkers" are "beheerders van het pand, de theetuin en de
/// stadslandbouwtuin", a group bound by what they share (002 l.1941-1946); when the municipality wants the
/// building back they mobilise (l.1969-1974), and "In afwachting van een besluit door de oud-bestuurder
/// blijven de oud-medewerkers actief het pand beheren" (l.2071-2072): former staff, so the tie is the place,
/// not the pay. So a founder of an initiative that runs a place (an essential lease) keeps her seat in the
/// core whatever her propensity this week, as long as the place is not lost; once it is lost, or the
/// initiative ends, she decides as anyone does. ASSUMPTION: every founder of a place is one of its managers,
/// and managers stay entirely rather than more likely (the seeds give no manager who leaves a place at
/// stake, so a weight would be one more unsourced number). The rule keeps a seat; it does not give one back:
/// a founder who has left the core is not pulled into it again.</summary>
public static class PlaceManagers
{
    /// <summary>True when resident's seat in the core is kept this week: the rule is on, she founded the
    /// initiative, she was in its core last week, and its place (an essential lease) is held or its renewal awaited.</summary>
    public static bool Stays(bool founder, Role role, in AgreementState a, ParticipationParameters p) =>
        p.ManagersStay && founder && role == Role.Core && a.InEssentialPlace;
}
