using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A neighbourhood initiative: its starting state and the levers it controls itself.</summary>
public sealed record InitiativeConfig
{
    [Description("short identifier that events and agreements refer to")]
    public string Id { get; init; } = "";

    [Description("display name")]
    public string Name { get; init; } = "";

    [Description("which residents it can recruit and who enjoys its good")]
    public ReachConfig Reach { get; init; } = new();

    [Description("phase at the start date")]
    public Phase Phase { get; init; } = Phase.Idea;

    [Description("residents in reach who are active at the start (the founders)")]
    [Range(0, PopulationConfig.MaxResidents)]
    public int Founders { get; init; } = 4;

    [Description("residents in reach who are passive supporters at the start (next to the founders on the ring)")]
    [Range(0, PopulationConfig.MaxResidents)]
    public int Supporters { get; init; }

    [Description("cash at the start date, in euros")]
    [Range(-1e9, 1e9)]
    public double Cash { get; init; }

    [Description("fixed costs per year (rent, insurance, staff), in euros")]
    [Range(0.0, 1e9)]
    public double FixedCostsPerYear { get; init; } = 5000;

    // 0: volunteers are the initiative's capacity, not its cost (they keep costs low, 003 l.188-193; they
    // work more hours than they bill, 002 l.2265-2267); activities are in the fixed costs. A value above 0
    // models a volunteer allowance, which the seeds advise against (003 l.541-542): an ASSUMPTION.
    [Description("cost per volunteer hour (a volunteer allowance), in euros; 0: volunteers cost nothing, activities are in the fixed costs")]
    [Range(0.0, 1e4)]
    public double CostPerHour { get; init; }

    [Description("own revenue per passive supporter per week (customers, sales), in euros")]
    [Range(0.0, 1e4)]
    public double RevenuePerSupporterWeek { get; init; } = 0.2;

    // 0 in every shipped case: own revenue follows the members alone. Above 0, each activity delivered brings money
    // in (a stall's rent on a street day, a sold meal), so own income falls with the work, as the team and the
    // projects fell at Jan Eef (docs/reviews/proposal-income-mix.md §2). An ASSUMPTION for experiments.
    [Description("own revenue per activity delivered (the output), in euros: income that follows the work (stalls, sales); 0: none")]
    [Range(0.0, 1e4)]
    public double RevenuePerActivity { get; init; }

    [Description("fee a member (passive or active) pays per week, in euros: income, but a threshold to take part (000 l.1058-1063)")]
    [Range(0.0, 1000.0)]
    public double ParticipationFee { get; init; }

    [Description("openness/transparency, 0..1: how visible decisions and money are (mechanism 1)")]
    [Range(0.0, 1.0)]
    public double Transparency { get; init; } = 0.6;

    [Description("starting formalisation, 0..1 (association, board, paid staff)")]
    [Range(0.0, 1.0)]
    public double Formalisation { get; init; }

    [Description("how much the board steers once formalised, 0..1 (Jan Eef, 002 l.2266-2272)")]
    [Range(0.0, 1.0)]
    public double BoardSteering { get; init; } = 0.5;

    [Description("starting urgency, 0..1: shared sense of the problem")]
    [Range(0.0, 1.0)]
    public double Urgency { get; init; } = 0.3;

    [Description("extra propensity a newcomer needs to become active (entry threshold, 003 l.380-450)")]
    [Range(0.0, 10.0)]
    public double EntryThreshold { get; init; }

    [Description("split into sub-groups of at most this many active members; 0 = never split (003 l.355-372)")]
    [Range(0, 100000)]
    public int SplitGroupSize { get; init; }

    [Description("visible contribution, 0..1: how well the group sees who gives what (raises social control, mechanism 3)")]
    [Range(0.0, 1.0)]
    public double VisibleContribution { get; init; }

    [Description("recognition such as certificates, 0..1: slows the fading of passive support (003 l.295-305)")]
    [Range(0.0, 1.0)]
    public double Recognition { get; init; }

    [Description("how well the initiative fits the municipality's policy agenda, 0..1; an agenda shift event changes it")]
    [Range(0.0, 1.0)]
    public double AgendaAlignment { get; init; } = 0.5;

    [Description("the business investment zone the initiative can hold a vote for; absent = none")]
    public BizConfig? Biz { get; init; }
}
