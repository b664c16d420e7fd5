using WijkSim.Model.Output;
using WijkSim.Model.State;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Tests.Facts;

/// <summary>The entrepreneurs' fifth (forty-fourth round, docs/model.md §6): the BIZ contributions over all income,
/// pooled over 2012-2016, within the reported 20% halved and doubled. Each test takes a real run and writes
/// made-up income into its weeks, so only the measure's window and bounds decide.</summary>
public class EntrepreneursShareTests
{
    private static Lazy<RunResult> Real => MadeUpRuns.JanEef;
    private static bool Holds(RunResult r) => MadeUpRuns.Holds("jan-eef.entrepreneurs-pay-a-fifth", r);

    /// <summary>The real run with <paramref name="levy"/> and <paramref name="grant"/> as its only income in every
    /// week, ended in <paramref name="endedWeek"/> if given.</summary>
    private static RunResult WithIncome(double levy, double grant, int? endedWeek = null) =>
        MadeUpRuns.With((_, records, i) =>
        {
            ref var x = ref records[i];
            for (int s = 0; s < IncomeBySource.Count; s++) x.Income[s] = 0;
            x.Income[(int)IncomeSource.Contributions] = levy;
            x.Income[(int)IncomeSource.Subsidy] = grant;
        }, endedWeek);

    [Fact]
    public void A_fifth_and_a_third_hold_a_half_and_a_twentieth_fail()
    {
        Assert.Equal(0.2, EntrepreneursShare.Of(WithIncome(20, 80))!.Value, 9);
        Assert.True(Holds(WithIncome(20, 80)));
        Assert.True(Holds(WithIncome(1, 2)));
        Assert.False(Holds(WithIncome(1, 1)));
        Assert.False(Holds(WithIncome(1, 19)));
    }

    [Fact]
    public void An_association_that_ended_before_the_first_biz_ran_out_fails()
    {
        int in2015 = RunMeasures.WeekOf(Real.Value, "2015-06-01");
        Assert.Null(EntrepreneursShare.Of(WithIncome(20, 80, in2015)));
        Assert.False(Holds(WithIncome(20, 80, in2015)));
        int after = RunMeasures.WeekOf(Real.Value, "2017-06-05");
        Assert.True(Holds(WithIncome(20, 80, after)));
    }

    [Fact]
    public void Only_the_weeks_of_the_first_biz_count()
    {
        // Income outside 2012-2016 must not move the share: all levy before 2012 and after 2016, a fifth inside.
        var r = WithIncome(20, 80);
        int from = RunMeasures.WeekOf(r, EntrepreneursShare.From), to = RunMeasures.WeekOf(r, EntrepreneursShare.To);
        for (int t = 0; t < r.Weeks; t++)
            if (t < from || t > to) r.Records[t * r.Config.Initiatives.Count].Income[(int)IncomeSource.Subsidy] = 0;
        Assert.Equal(0.2, EntrepreneursShare.Of(r)!.Value, 9);
    }
}
