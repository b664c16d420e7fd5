using System.ComponentModel;

namespace WijkSim.Model.Config;

/// <summary>A dated event in a scenario; mapped to the week that contains its date.</summary>
public sealed record EventConfig
{
    [Description("ISO date (yyyy-mm-dd) inside the scenario's horizon")]
    public DateOnly Date { get; init; }

    [Description("what happens: shock, campaign, formalise, stance_change, subsidy_change, biz_vote, reintegration_stop, agenda_shift, recognition, group_split, intermediary, lease_extension")]
    public EventKind Type { get; init; }

    [Description("id of the initiative the event acts on")]
    public string? Initiative { get; init; }

    [Description("the event's size; its meaning and range depend on the type")]
    public double? Value { get; init; }

    [Description("with stance_change: partner | provider")]
    public Stance? Stance { get; init; }

    [Description("with subsidy_change: fixed | tapering | lifecycle | none")]
    public SubsidySchedule? Schedule { get; init; }

    [Description("a short description shown in outputs and on the dashboard")]
    public string Label { get; init; } = "";
}
