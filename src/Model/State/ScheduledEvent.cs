using WijkSim.Model.Config;

namespace WijkSim.Model.State;

/// <summary>An event resolved to a week and to indices, ready for the step.</summary>
public readonly record struct ScheduledEvent(
    int Week, EventKind Kind, int Initiative, double Value, bool HasValue, Stance Stance, SubsidySchedule Schedule);

/// <summary>Resolves scenario events to scheduled events; the world builder and live levers share it.</summary>
public static class ScheduledEvents
{
    public static ScheduledEvent From(ModelConfig config, EventConfig e)
    {
        int initiative = e.Initiative is { } id ? config.Initiatives.FindIndex(i => i.Id == id) : -1;
        return new ScheduledEvent(config.WeekOf(e.Date), e.Type, initiative, e.Value ?? 0.0, e.Value.HasValue,
            e.Stance ?? Stance.Partner, e.Schedule ?? SubsidySchedule.None);
    }
}
