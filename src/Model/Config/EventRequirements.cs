namespace WijkSim.Model.Config;

/// <summary>Which fields an event of each kind needs; the scenario validator reports what is missing.</summary>
public static class EventRequirements
{
    /// <summary>True if events of this kind act on one initiative and must name it.</summary>
    public static bool NeedsInitiative(EventKind kind) => kind is not (EventKind.Intermediary or EventKind.Election or EventKind.BenefitSafety);

    /// <summary>The range <c>value</c> must lie in, or null if the kind takes no value.</summary>
    public static (double Min, double Max)? ValueRange(EventKind kind) => kind switch
    {
        EventKind.Shock or EventKind.Campaign or EventKind.Formalise or EventKind.AgendaShift
            or EventKind.Recognition or EventKind.Intermediary or EventKind.BenefitSafety or EventKind.RoomVote => (0.0, 1.0),
        EventKind.GroupSplit => (2.0, 100000.0),
        EventKind.LeaseExtension => (1.0, 50.0),
        EventKind.DecisionLag => (0.0, 104.0),
        EventKind.Election => (0.0, 520.0),
        EventKind.SubsidyChange or EventKind.Debt => (0.0, 1e9),
        EventKind.BizVote => (0.0, 1e6),
        _ => null,
    };

    /// <summary>True if <c>value</c> counts something (members, weeks, years) and must be a whole number:
    /// 2.5 members per group means nothing.</summary>
    public static bool WholeNumber(EventKind kind) => kind is EventKind.GroupSplit or EventKind.DecisionLag
        or EventKind.Election or EventKind.LeaseExtension;

    /// <summary>True if <c>value</c> may be left out (the subsidy change keeps its amount).</summary>
    public static bool ValueOptional(EventKind kind) => kind is EventKind.SubsidyChange or EventKind.Election or EventKind.BizVote;

    /// <summary>True if the kind acts on the initiative's BIZ, which it must have (a <c>biz</c> section).</summary>
    public static bool NeedsBiz(EventKind kind) => kind is EventKind.BizVote or EventKind.RoomVote;

    /// <summary>True if the kind needs a <c>stance</c>.</summary>
    public static bool NeedsStance(EventKind kind) => kind == EventKind.StanceChange;

    /// <summary>True if the kind needs a <c>schedule</c>.</summary>
    public static bool NeedsSchedule(EventKind kind) => kind == EventKind.SubsidyChange;
}
