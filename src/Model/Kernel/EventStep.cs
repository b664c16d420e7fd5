using WijkSim.Model.Config;
using WijkSim.Model.Levers;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Phase 1 of a week: apply the scenario events dated in this week. Events change levers and
/// this week's signals; they take effect before anyone decides, like a facilitator's lever change.</summary>
public static class EventStep
{
    public static void Apply(World w, int week)
    {
        while (w.NextEvent < w.Events.Length && w.Events[w.NextEvent].Week <= week)
        {
            var e = w.Events[w.NextEvent++];
            if (e.Week == week) ApplyOne(w, e, week);
        }
        // Lever changes made while the simulation runs take effect at the week boundary they were
        // given for, after that week's scenario events and in the order they were accepted; a replay
        // adds them as dated events after the scenario's own, which is the same order.
        for (int l = 0; l < w.PendingLevers.Count; l++)
            if (w.PendingLevers[l].Week <= week) ApplyOne(w, w.PendingLevers[l], week);
        RemoveApplied(w, week);
    }

    private static void RemoveApplied(World w, int week)
    {
        int kept = 0;
        for (int l = 0; l < w.PendingLevers.Count; l++)
            if (w.PendingLevers[l].Week > week) w.PendingLevers[kept++] = w.PendingLevers[l];
        w.PendingLevers.RemoveRange(kept, w.PendingLevers.Count - kept);
    }

    // What each kind sets is declared with it (Levers/EventCatalogue.cs).
    private static void ApplyOne(World w, in ScheduledEvent e, int week) => EventCatalogue.Of(e.Kind).Effect(w, e, week);
}
