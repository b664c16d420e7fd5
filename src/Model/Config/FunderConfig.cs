using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A funder: fund, company sponsor or crowdfunding.</summary>
public sealed record FunderConfig
{
    [Description("short identifier that events refer to")]
    public string Id { get; init; } = "";

    [Description("what kind of funder")]
    public FunderKind Kind { get; init; } = FunderKind.Fund;

    [Description("ISO date from which the funder exists (absent = from the start); e.g. a friends campaign")]
    public DateOnly? ActiveFrom { get; init; }

    [Description("total the funder can give per year, in euros")]
    [Range(0.0, 1e9)]
    public double BudgetPerYear { get; init; } = 20000;

    [Description("what one grant or sponsorship gives per year, in euros (crowd: per supporter per year)")]
    [Range(0.0, 1e9)]
    public double GrantPerYear { get; init; } = 10000;

    [Description("weeks of the year (1..52) in which applications are decided")]
    [Range(1, 52)] // the range of each week in the list
    public List<int> Windows { get; init; } = [10, 36];

    [Description("weeks between an application window and the first payment")]
    [Range(0, 104)]
    public int DecisionLagWeeks { get; init; } = 8;

    [Description("most years the funder supports one project (funds favour the new)")]
    [Range(1, 50)]
    public int MaxYears { get; init; } = 3;

    [Description("score threshold a project must reach: the sum of the three criteria (each 0..1) times their weights")]
    [Range(0.0, 6.0)]
    public double Threshold { get; init; } = 0.8;

    // Up to 2, not 1: a weight is relative to the others and to the threshold, so 1 is no natural ceiling, and
    // robustness must be able to move a weight of 1 up as well as down (twenty-eighth session).
    [Description("weight of novelty (young initiatives score high), 0..2; 1 weighs the three criteria alike")]
    [Range(0.0, 2.0)]
    public double NoveltyWeight { get; init; } = 1.0;

    [Description("weight of impact (proven local added value), 0..2; 1 weighs the three criteria alike")]
    [Range(0.0, 2.0)]
    public double ImpactWeight { get; init; } = 1.0;

    [Description("weight of organisational capacity (formalisation, active volunteers), 0..2; 1 weighs the three criteria alike")]
    [Range(0.0, 2.0)]
    public double CapacityWeight { get; init; } = 1.0;

    [Description("share of the initiative's income that must come from others (co-funding demand)")]
    [Range(0.0, 1.0)]
    public double CoFundingShare { get; init; }

    [Description("fund: how far its conditions pull activities from the founding purpose, 0..1 (mission drift); a company's or the crowd's money pulls nothing, so for them it is not read")]
    [Range(0.0, 1.0)]
    public double AgendaPull { get; init; } = 0.2;

    [Description("company: mean trust in the initiative needed before it adopts a sponsorship")]
    [Range(0.0, 1.0)]
    public double AdoptionTrust { get; init; } = 0.55;

    [Description("company: passive supporters needed (visibility) before it adopts a sponsorship")]
    [Range(0, 1000000)]
    public int AdoptionSupporters { get; init; } = 40;
}
