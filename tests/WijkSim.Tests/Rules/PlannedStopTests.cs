using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Rules;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Rules;

/// <summary>Fifty-seventh round (docs/model.md §6): a board that decides to stop plans its end from its cash and the
/// gap between its needs and the income it judges it has, and holds the plan ("Eind mei is het geld op, dan moet
/// alles worden stilgelegd", Het Parool, March 2017).</summary>
public class PlannedStopTests
{
    [Fact]
    public void The_plan_is_the_weeks_the_cash_covers_the_gap_between_needs_and_judged_income_rounded_down()
    {
        Assert.Equal(18, PlannedStop.Weeks(cash: 7_550, needsPerYear: 38_197, judgedPerYear: 16_828)); // 18.37 weeks
        Assert.Equal(0, PlannedStop.Weeks(cash: 0, needsPerYear: 38_197, judgedPerYear: 16_828));
        Assert.True(PlannedStop.Weeks(cash: -500, needsPerYear: 38_197, judgedPerYear: 16_828) < 0);     // no money: due at once
        Assert.Equal(52 * 100, PlannedStop.Weeks(cash: 1e9, needsPerYear: 38_197, judgedPerYear: 38_196.999)); // capped
        Assert.Equal(52 * 100, PlannedStop.Weeks(cash: 1_000, needsPerYear: 38_197, judgedPerYear: 40_000));   // no gap: never by plan
    }

    [Fact]
    public void A_due_plan_ends_only_a_formal_organisation_whose_board_still_decides()
    {
        var p = new WijkSim.Model.Parameters.LifecycleParameters();
        var deciding = new Lifecycle.Inputs(Phase.Decline, WeeksInPhase: 10, Active: 8, Members: 50, Formalisation: 0.7, Cash: 2_000,
            Crisis: false, Mobilised: false, PlaceLost: false, FallBackDraw01: 0.99, FallBackFactor: 1.0, BaseGone: true, PlanDue: true);
        Assert.Equal(Phase.Ended, Lifecycle.Next(deciding, p));
        Assert.Equal(Phase.Decline, Lifecycle.Next(deciding with { PlanDue = false }, p));      // not yet: the cash lasts
        Assert.Equal(Phase.Decline, Lifecycle.Next(deciding with { Mobilised = true }, p));     // a mobilised crisis holds the board
        Assert.Equal(Phase.Decline, Lifecycle.Next(deciding with { Formalisation = 0.1 }, p));  // no board: no plan to keep
    }

    [Fact]
    public void A_plan_is_made_at_the_decision_held_while_the_board_decides_and_cleared_when_it_does_not()
    {
        bool has = false; int end = 0;
        Assert.False(PlannedStop.Due(ref has, ref end, decides: false, week: 300, cash: 5_000, 40_000, 10_000));
        Assert.False(has);
        Assert.False(PlannedStop.Due(ref has, ref end, decides: true, week: 334, cash: 5_200, 40_000, 14_000)); // 10 weeks
        Assert.Equal((true, 344), (has, end));
        // Held, not re-forecast: more cash the next week does not move the planned week.
        Assert.False(PlannedStop.Due(ref has, ref end, decides: true, week: 335, cash: 50_000, 40_000, 14_000));
        Assert.Equal(344, end);
        Assert.True(PlannedStop.Due(ref has, ref end, decides: true, week: 344, cash: 1_000, 40_000, 14_000));
        // The base returns (or a decision is pending, or a crisis mobilises): the plan is gone, and a new decision plans anew.
        Assert.False(PlannedStop.Due(ref has, ref end, decides: false, week: 345, cash: 1_000, 40_000, 14_000));
        Assert.False(has);
        Assert.False(PlannedStop.Due(ref has, ref end, decides: true, week: 346, cash: 2_600, 40_000, 14_000));
        Assert.Equal(351, end);
    }

    [Fact]
    public void Jan_eef_ends_as_its_board_planned_with_money_left_within_half_a_year_of_its_decision()
    {
        // Before this round a deciding board ended when its cash was at or below zero, or after the 26 weeks of
        // decline (end_after_weeks) whatever cash it had; De Westkrant has the inactive association with "wat in kas".
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        int n = config.Initiatives.Count;
        var records = KernelRun.Run(config, 1).Records;
        int end = Enumerable.Range(0, records.Length / n).First(t => records[t * n].Phase == Phase.Ended);
        int decided = end;
        while (records[(decided - 1) * n].Phase == Phase.Decline) decided--;
        Assert.True(records[end * n].Cash > 0, $"ended in week {end} with cash {records[end * n].Cash:F0}");
        Assert.True(end - decided < config.Rules.Lifecycle.EndAfterWeeks, $"ended {end - decided} weeks after the decision in week {decided}: by the decline's clock");
        Assert.Equal(new DateOnly(2017, 2, 27), config.DateOf(decided)); // the week the 2017 grant is known (decided-by-april-2017)
    }
}
