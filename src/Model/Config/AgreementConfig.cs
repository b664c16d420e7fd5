using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>What the municipality has agreed with one initiative: stance, subsidy, lease, re-integration.</summary>
public sealed record AgreementConfig
{
    [Description("id of the initiative this agreement is with")]
    public string Initiative { get; init; } = "";

    [Description("how the municipality relates to the initiative")]
    public Stance Stance { get; init; } = Stance.Partner;

    [Description("weeks between a grant's end and the renewal decision (systeemwereld tempo, 003 l.655-710)")]
    [Range(0, 104)]
    public int DecisionLagWeeks { get; init; } = 4;

    [Description("renewal needs proven local added value (a business case) above this legitimacy, 0..1; 0 = no demand")]
    [Range(0.0, 1.0)]
    public double BusinessCaseThreshold { get; init; }

    [Description("the subsidy; absent = none")]
    public SubsidyConfig? Subsidy { get; init; }

    [Description("a lease of a building or land; absent = none")]
    public LeaseConfig? Lease { get; init; }

    [Description("a re-integration programme; absent = none")]
    public ReintegrationConfig? Reintegration { get; init; }
}
