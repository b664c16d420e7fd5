using WijkSim.Model.Config;
using WijkSim.Model.Output;

namespace WijkSim.Scenarios.Facts;

/// <summary>Small measures on one run that the facts are stated in (initiative 0, the case's).</summary>
public static class RunMeasures
{
    public static int WeekOf(RunResult r, string date) => r.Config.WeekOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    public static WeeklyRecord At(RunResult r, int week) => r.Records[Math.Clamp(week, 0, r.Weeks - 1) * r.Config.Initiatives.Count];

    public static IEnumerable<WeeklyRecord> Between(RunResult r, int fromWeek, int toWeek) =>
        Enumerable.Range(Math.Max(0, fromWeek), Math.Max(0, Math.Min(r.Weeks, toWeek) - Math.Max(0, fromWeek))).Select(t => At(r, t));

    public static bool Survived(RunResult r) => r.Outcomes[0].Survived;

    /// <summary>True if the case's initiative ended before <paramref name="week"/>: the guard of a fact told of a
    /// running initiative, whose rows freeze or fall to zero once it has ended (docs/model.md §5).</summary>
    public static bool EndedBefore(RunResult r, int week) => r.Outcomes[0].EndedWeek is int ended && ended < week;

    public static int Members(in WeeklyRecord x) => x.ActiveVolunteers + x.PassiveSupporters;

    /// <summary>The week of the first event of a kind in the scenario.</summary>
    public static int EventWeek(RunResult r, EventKind kind) => r.Config.WeekOf(r.Config.Events.First(e => e.Type == kind).Date);

    /// <summary>The week of the last event of a kind in the scenario.</summary>
    public static int LastEventWeek(RunResult r, EventKind kind) => r.Config.Events.Where(e => e.Type == kind).Max(e => r.Config.WeekOf(e.Date));
}
