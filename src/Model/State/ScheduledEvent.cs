using WijkSim.Model.Config;

namespace WijkSim.Model.State;

/// <summary>An event resolved to a week and to indices, ready for the step.</summary>
public readonly record struct ScheduledEvent(
    int Week, EventKind Kind, int Initiative, double Value, bool HasValue, Stance Stance, SubsidySchedule Schedule);
