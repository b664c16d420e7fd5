using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class StableBaseTests
{
    private static readonly LifecycleParameters P = new();

    [Fact]
    public void The_base_is_gone_below_the_share_of_the_needs_unless_a_decision_is_awaited()
    {
        double needs = 30000, share = P.StableBaseShare;
        Assert.True(StableBase.Gone(share * needs - 1, needs, awaitingDecision: false, P));
        Assert.False(StableBase.Gone(share * needs, needs, awaitingDecision: false, P));
        Assert.False(StableBase.Gone(0, needs, awaitingDecision: true, P));   // waiting for the municipality
        Assert.False(StableBase.Gone(0, 0, awaitingDecision: false, P));      // nothing needed, nothing to judge
    }

    [Fact]
    public void Needs_count_the_staff_formalisation_asks_for_and_the_recent_income_follows_the_weekly_income()
    {
        var f = new FormalisationParameters();
        Assert.Equal(10000 + 2000 + f.StaffCostsPerYear * 0.5, StableBase.NeedsPerYear(10000, 2000, 0.5, f), 9);
        double recent = 52000;
        for (int week = 0; week < 13; week++) recent = StableBase.RecentIncome(recent, 0, P);
        Assert.InRange(recent, 0.2 * 52000, 0.5 * 52000);   // about a quarter: most of it gone, not all
        Assert.Equal(52000, StableBase.RecentIncome(52000, 1000, P), 9);
    }

    [Fact]
    public void The_board_judges_the_subsidy_at_this_week_s_rate_and_the_other_income_over_the_quarter()
    {
        // Forty-first round: a subsidy that resumes after a year's wait counts in full in the week it is paid
        // again (De Ketel, January 2019), while the other income is still judged over about a quarter.
        Assert.Equal(481 * 52.0 + 1000, StableBase.Judged(481, 0, 1000), 9);
        double needs = 40000, other = 0;
        Assert.False(StableBase.Gone(StableBase.Judged(481, 0, other), needs, awaitingDecision: false, P));
        Assert.True(StableBase.Gone(StableBase.Judged(0, 0, other), needs, awaitingDecision: false, P));
    }

    [Fact]
    public void The_board_judges_the_biz_levy_as_it_stands_so_a_lapsed_biz_counts_for_nothing_at_once()
    {
        // Forty-ninth round: a BIZ in force counts at its rate (59 shopkeepers at 300 a year is 340 a week);
        // once it has lapsed, nothing, in that week, where a quarter's average of the levy still counted it
        // for months (Jan Eef's board decided in May 2017, the vote having failed in February).
        double needs = 38000, subsidyWeek = 16000 / 52.0, levyWeek = 59 * 300 / 52.0;
        Assert.Equal(16000 + 17700 + 800, StableBase.Judged(subsidyWeek, levyWeek, 800), 6);
        Assert.False(StableBase.Gone(StableBase.Judged(subsidyWeek, levyWeek, 800), needs, awaitingDecision: false, P));
        Assert.True(StableBase.Gone(StableBase.Judged(subsidyWeek, 0, 800), needs, awaitingDecision: false, P));
    }
}
