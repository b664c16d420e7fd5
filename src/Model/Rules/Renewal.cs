using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>The municipality's renewal decision on a grant or lease. The systeemwereld trusts proof
/// (reports, business cases, 003 l.655-710), so legitimacy counts fully only with formal reports; a
/// provider demands proven local added value; a policy agenda raises what an initiative is worth.</summary>
public static class Renewal
{
    /// <summary>Proven local added value as the municipality sees it, 0..1.</summary>
    public static double Proof(double legitimacy, double formalisation, SubsidyParameters p) =>
        legitimacy * (p.ProofWithoutReports + (1.0 - p.ProofWithoutReports) * formalisation);

    /// <summary>Chance that the grant is renewed. Non-decreasing in proof, in agenda alignment and from
    /// provider to partner.
    /// <para>An ordinary grant (no business case asked, threshold 0) is renewed by chance: a partner
    /// almost always, a provider less often (the subsidy rhythm of 000 l.1631-1633, 004 l.449).</para>
    /// <para>A tapering grant is not: its yearly lowering is the yearly decision. "Jaarlijks werd het
    /// bedrag verlaagd, omdat dit de prikkel zou zijn voor verzelfstandiging. Binnen de gemeente is dat
    /// een gangbare werkwijze" (Jan Eef, 002 l.2369-2371), and the contribution was still there, "te laag
    /// ... om nog een stabiele basis te vormen", when the association decided to stop (l.2293-2295). (Until
    /// the tenth round the provider also tossed its 0.8 coin on each lowered year: in 7 of 100 Jan Eef runs
    /// the subsidy stopped in 2016-2017 and the association ended before the renewal vote, the seed's
    /// order reversed, and which runs those were moved with every amount that shifted a decision week,
    /// so the BIZ chain was "fragile".)</para>
    /// <para>A renewal on a business case is decided on the case: renewed when its value (proof raised by
    /// the agenda) reaches the threshold, refused when it does not. De Ketel's case was weighed ("de
    /// wethouder geeft aan dat de onrendabele top redelijk hoog is", 002 l.2058-2059) and, once the new
    /// agenda made the building worth keeping, kept ("B&amp;W belang hecht aan behoud van het pand", l.2099-2104).
    /// (Before the ninth round a provider also tossed its 0.8 coin on a case that met the threshold; De
    /// Ketel's survival was then that coin: 0.8 for a provider, 0.95 for a partner, 83% of seeds, always
    /// near the facts' 80% and "fragile" to any amount that shifted the decision week and with it the draw.)</para></summary>
    public static double Chance(Stance stance, SubsidySchedule schedule, double proof, double agendaAlignment, double businessCaseThreshold,
        SubsidyParameters p)
    {
        if (businessCaseThreshold <= 0 && schedule == SubsidySchedule.Tapering) return 1.0;
        double merit = businessCaseThreshold > 0 && Value(proof, agendaAlignment, p) >= businessCaseThreshold ? 1.0 : 0.0;
        if (stance == Stance.Partner) return Math.Max(p.PartnerRenewal, merit);
        return businessCaseThreshold > 0 ? merit : p.ProviderRenewal;
    }

    /// <summary>What renewing is worth to the municipality: the proof, raised or lowered by how well the
    /// initiative serves its agenda (alignment 0.5 is neutral).</summary>
    public static double Value(double proof, double agendaAlignment, SubsidyParameters p) =>
        proof * (1.0 - p.AgendaWeight + p.AgendaWeight * 2.0 * agendaAlignment);

    /// <summary>The one-off amount a grant renewed on a business case adds: the deficit the place has run up
    /// (its "onrendabele top", 002 l.2049-2059). Without a business case demand, without a deficit, or
    /// without a place (a lease), none: the top is "de kosten van maatschappelijk vastgoed ... die niet
    /// worden gedekt binnen de gebruikelijke exploitatie" (l.2054-2056), a building's cost, not a bail-out
    /// of any deficit. (Without this condition every yearly renewal on a business case paid off the past
    /// year's deficit, so annual renewal stopped ending initiatives: the known failure of
    /// generic.multi-year-funding in the seventh session.)</summary>
    public static double UnprofitableTop(double businessCaseThreshold, bool runsAPlace, double cash) =>
        businessCaseThreshold > 0 && runsAPlace ? Math.Max(0.0, -cash) : 0.0;

    /// <summary>True if a lease is renewed: partners renew; providers need proof weighted by the agenda.</summary>
    public static bool LeaseRenewed(Stance stance, double proof, double agendaAlignment, SubsidyParameters p) =>
        stance == Stance.Partner || Value(proof, agendaAlignment, p) >= p.LeaseThreshold;

    /// <summary>Decay of a place while the municipality has not decided on its lease; it recovers once
    /// decided. Users leave one by one and the building decays (De Ketel, 002 l.2066-2072).</summary>
    public static double Decay(double decay, bool undecided, SubsidyParameters p) =>
        undecided ? Math.Min(1.0, decay + p.UndecidedDecay) : Math.Max(0.0, decay - p.DecayRecovery);
}
