using WijkSim.Model.Config;

namespace WijkSim.Model.State;

/// <summary>An event resolved to a week and to indices, ready for the step. <paramref name="TermFromWeek"/> is the
/// week a BIZ passed by a biz_vote starts (-1: the vote's week).</summary>
public readonly record struct ScheduledEvent(
    int Week, EventKind Kind, int Initiative, double Value, bool HasValue, Stance Stance, SubsidySchedule Schedule,
    int TermFromWeek = -1);

/// <summary>Resolves scenario events to scheduled events; the world builder and live levers share it.</summary>
public static class ScheduledEvents
{
    public static ScheduledEvent From(ModelConfig config, EventConfig e)
    {
        int initiative = e.Initiative is { } id ? config.Initiatives.FindIndex(i => i.Id == id) : -1;
        return new ScheduledEvent(config.WeekOf(e.Date), e.Type, initiative, e.Value ?? 0.0, e.Value.HasValue,
            e.Stance ?? Stance.Partner, e.Schedule ?? SubsidySchedule.None, e.TermFrom is { } from ? config.WeekOf(from) : -1);
    }

    /// <summary>True when a BIZ vote for <paramref name="initiative"/> is on the schedule, after the events already
    /// applied (from <paramref name="next"/> on), in or before <paramref name="lastWeek"/>: the vote its board has
    /// asked for and canvasses towards (Rules/StableBase.Gone). The events are in week order.</summary>
    public static bool BizVoteAhead(ScheduledEvent[] events, int next, int initiative, int lastWeek)
    {
        for (int i = next; i < events.Length && events[i].Week <= lastWeek; i++)
            if (events[i].Kind == EventKind.BizVote && events[i].Initiative == initiative) return true;
        return false;
    }
}
