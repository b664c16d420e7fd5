using System.ComponentModel;

namespace WijkSim.Model.Config;

/// <summary>A dated event in a scenario; mapped to the week that contains its date.</summary>
public sealed record EventConfig
{
    [Description("optional name, so that a scenario extending this one can remove the event (remove_events)")]
    public string? Id { get; init; }

    [Description("ISO date (yyyy-mm-dd) inside the scenario's horizon")]
    public DateOnly Date { get; init; }

    [Description("what happens; docs/scenarios.md explains each type")]
    public EventKind Type { get; init; }

    [Description("id of the initiative the event acts on")]
    public string? Initiative { get; init; }

    [Description("the event's size; its meaning and range depend on the type")]
    public double? Value { get; init; }

    [Description("with stance_change: the new stance")]
    public Stance? Stance { get; init; }

    [Description("with subsidy_change: the new schedule")]
    public SubsidySchedule? Schedule { get; init; }

    [Description("with biz_vote, and only on an initiative's first: the date its BIZ's term starts (yyyy-mm-dd), if not in the vote's week; a BIZ runs over its by-law's years (Jan Eef: 2012-2016), not from the day of the vote")]
    public DateOnly? TermFrom { get; init; }

    [Description("the research note: what happens, with its seed line or ASSUMPTION (outputs, and the dashboard's 'bron' tip)")]
    public string Label { get; init; } = "";

    [Description("what happens in plain words for the workshop audience, shown on the charts and the timeline: {nl: ..., en: ...}")]
    public PlainText? Caption { get; init; }
}
