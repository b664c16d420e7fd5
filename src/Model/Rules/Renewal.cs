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

    /// <summary>Chance that the grant is renewed. Non-decreasing in proof and in agenda alignment.</summary>
    public static double Chance(Stance stance, double proof, double agendaAlignment, double businessCaseThreshold, SubsidyParameters p)
    {
        double value = proof * (1.0 - p.AgendaWeight + p.AgendaWeight * 2.0 * agendaAlignment);
        if (stance == Stance.Partner) return p.PartnerRenewal;
        return value >= businessCaseThreshold ? p.ProviderRenewal : 0.0;
    }

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
        stance == Stance.Partner || proof * (1.0 - p.AgendaWeight + p.AgendaWeight * 2.0 * agendaAlignment) >= p.LeaseThreshold;

    /// <summary>Decay of a place while the municipality has not decided on its lease; it recovers once
    /// decided. Users leave one by one and the building decays (De Ketel, 002 l.2066-2072).</summary>
    public static double Decay(double decay, bool undecided, SubsidyParameters p) =>
        undecided ? Math.Min(1.0, decay + p.UndecidedDecay) : Math.Max(0.0, decay - p.DecayRecovery);
}
