using System.ComponentModel;

namespace WijkSim.Model.Parameters;

/// <summary>All rule coefficients, one group per rule family; YAML key <c>rules.&lt;group&gt;.&lt;name&gt;</c>.</summary>
public sealed record RuleParameters
{
    [Description("trust in initiatives and the municipality")] public TrustParameters Trust { get; init; } = new();
    [Description("weekly participation decisions, fun and fatigue")] public ParticipationParameters Participation { get; init; } = new();
    [Description("social control and free riding")] public FreeRidingParameters FreeRiding { get; init; } = new();
    [Description("awareness and fading of passive support")] public DraagvlakParameters Draagvlak { get; init; } = new();
    [Description("urgency")] public UrgencyParameters Urgency { get; init; } = new();
    [Description("formalisation")] public FormalisationParameters Formalisation { get; init; } = new();
    [Description("cash, crisis, output and income diversity")] public MoneyParameters Money { get; init; } = new();
    [Description("subsidy schedules and renewal decisions")] public SubsidyParameters Subsidy { get; init; } = new();
    [Description("mission drift")] public MissionDriftParameters MissionDrift { get; init; } = new();
    [Description("phase transitions")] public LifecycleParameters Lifecycle { get; init; } = new();
    [Description("funds, sponsors and the BIZ vote")] public FundingParameters Funding { get; init; } = new();
    [Description("the entrepreneur ladder of residents on benefits")] public LadderParameters Ladder { get; init; } = new();
}
