using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/SubsidyRhythm.cs and Rules/Renewal.cs (mechanism 8; 002 l.2396-2406).</summary>
public sealed record SubsidyParameters
{
    [Description("lifecycle schedule: share of the amount paid in the idea phase")]
    [Range(0.0, 5.0)] public double IdeaFactor { get; init; } = 0.5;
    [Description("lifecycle schedule: share paid in the pioneer phase")]
    [Range(0.0, 5.0)] public double PioneerFactor { get; init; } = 1.0;
    [Description("lifecycle schedule: share paid in the growth phase")]
    [Range(0.0, 5.0)] public double GrowthFactor { get; init; } = 1.0;
    [Description("lifecycle schedule: share paid once established")]
    [Range(0.0, 5.0)] public double EstablishedFactor { get; init; } = 0.8;
    [Description("lifecycle schedule: share paid in decline or crisis (bridging)")]
    [Range(0.0, 5.0)] public double BridgeFactor { get; init; } = 1.3;
    [Description("chance a partner municipality renews a grant")]
    [Range(0.0, 1.0)] public double PartnerRenewal { get; init; } = 0.95;
    [Description("chance a provider municipality renews an ordinary grant (one without a business case and not tapering; a business case is decided on its value, a tapering grant is lowered instead, Rules/Renewal.Chance)")]
    [Range(0.0, 1.0)] public double ProviderRenewal { get; init; } = 0.8;
    [Description("share of the legitimacy that counts as proof without formal reports (systeemwereld: proof rests on reports)")]
    [Range(0.0, 1.0)] public double ProofWithoutReports { get; init; } = 0.6;
    [Description("how much the agenda alignment adds to the value of renewing (policy agendas)")]
    [Range(0.0, 1.0)] public double AgendaWeight { get; init; } = 0.5;
    [Description("mission drift pull of subsidy granted under a shifted agenda (De Ketel 'dressuur')")]
    [Range(0.0, 1.0)] public double AgendaShiftPull { get; init; } = 0.6;
    [Description("size of the trust shock when a grant is cut or not renewed")]
    [Range(0.0, 1.0)] public double CutShock { get; init; } = 1.0;
    [Description("size of the trust shock per week a decision is awaited")]
    [Range(0.0, 1.0)] public double DelayShock { get; init; } = 0.05;
    [Description("hours a week civil servants put into an initiative while the municipality is its partner (time, energy, room to experiment; a subsidy provider withdraws them, 002 l.2362-2370)")]
    [Range(0.0, 1000.0)] public double PartnerHours { get; init; } = 16;
    [Description("share of its output capacity a place loses each week its lease is undecided (the building decays, De Ketel 002 l.2066-2072)")]
    [Range(0.0, 1.0)] public double UndecidedDecay { get; init; } = 0.03;
    [Description("share of the decay recovered each week once the place is decided")]
    [Range(0.0, 1.0)] public double DecayRecovery { get; init; } = 0.03;
    [Description("legitimacy a lease renewal needs")]
    [Range(0.0, 1.0)] public double LeaseThreshold { get; init; } = 0.3;
}
