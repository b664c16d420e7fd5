namespace WijkSim.Model.Rules;

/// <summary>A board that decides to stop plans its end (fifty-seventh round, docs/model.md §6). Jan Eef's board
/// decided in February 2017 and said at once when it would stop: "Eind mei is het geld op, dan moet alles worden
/// stilgelegd" (Het Parool, March 2017); the team stopped on 31 May 2017 (the association's farewell notice), and
/// the inactive association still had "wat in kas" afterwards (De Westkrant, as cited in review r45). So the end is
/// a forecast made at the decision and then held, not the week the balance touches zero. The board forecasts the
/// weeks its cash covers the gap between what it owes in a year at full pay (its needs) and the income it judges
/// it has (Rules/StableBase), the two figures its decision already weighed. ASSUMPTION: the forecast uses the pay
/// owed, not the staff's cut invoices (Rules/Money.StaffPay), and is rounded down; it is made once per decision.
/// The organisation still ends earlier if its cash runs out or its decline outlasts end_after_weeks
/// (Rules/Lifecycle).</summary>
public static class PlannedStop
{
    /// <summary>No forecast runs longer than this (a gap near zero would otherwise plan for ever).</summary>
    private const double MaxWeeks = 52 * 100;

    /// <summary>Weeks until the planned end: ⌊cash · 52 / (needs − judged)⌋; zero or less when the cash is gone.
    /// The gap is positive whenever the board decides with a stable-base share of at most 1 (judged below that share
    /// of the needs); with a larger share (the key allows up to 10) a board may decide with income above its needs,
    /// and then plans the longest forecast, so only its cash or end_after_weeks ends it.</summary>
    public static int Weeks(double cash, double needsPerYear, double judgedPerYear)
    {
        double gap = needsPerYear - judgedPerYear;
        if (!(gap > 0)) return (int)MaxWeeks;
        return (int)Math.Floor(Math.Min(MaxWeeks, cash * 52.0 / gap));
    }

    /// <summary>This week's plan: a board that decides keeps the plan it has or makes one now; a week without the
    /// decision clears it (its base back, a decision pending, a crisis mobilised). Returns true when the planned week
    /// has come. ASSUMPTION: the plan is held once announced, so money that comes in after the decision does not move
    /// the date; a plan cleared and made anew within one decline does not restart the decline's clock
    /// (end_after_weeks counts the weeks in decline, Rules/Lifecycle).</summary>
    public static bool Due(ref bool hasPlan, ref int plannedEndWeek, bool decides, int week, double cash, double needsPerYear, double judgedPerYear)
    {
        if (!decides)
        {
            hasPlan = false;
            return false;
        }
        if (!hasPlan)
        {
            hasPlan = true;
            plannedEndWeek = week + Weeks(cash, needsPerYear, judgedPerYear);
        }
        return week >= plannedEndWeek;
    }
}
