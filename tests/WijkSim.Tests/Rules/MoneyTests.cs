using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

public class MoneyTests
{
    private static readonly MoneyParameters P = new();

    [Fact]
    public void Income_diversity_is_zero_for_one_source_and_highest_for_equal_sources()
    {
        var one = new IncomeBySource();
        one[(int)IncomeSource.Subsidy] = 100;
        Assert.Equal(0, Money.Diversity(one), 12);

        var equal = new IncomeBySource();
        for (int s = 0; s < IncomeBySource.Count; s++) equal[s] = 10;
        Assert.Equal(1 - 1.0 / IncomeBySource.Count, Money.Diversity(equal), 12);

        var two = new IncomeBySource();
        two[0] = 50;
        two[1] = 50;
        Assert.True(Money.Diversity(two) > Money.Diversity(one) && Money.Diversity(two) < Money.Diversity(equal));
        Assert.Equal(0, Money.Diversity(new IncomeBySource()));
    }

    [Fact]
    public void Weeks_of_negative_cash_make_a_crisis()
    {
        int weeks = 0;
        for (int w = 0; w < P.CrisisWeeks - 1; w++) weeks = Money.NegativeWeeks(-1, weeks);
        Assert.False(Money.InCrisis(weeks, P));
        weeks = Money.NegativeWeeks(-1, weeks);
        Assert.True(Money.InCrisis(weeks, P));
        Assert.Equal(0, Money.NegativeWeeks(5, weeks));
    }

    [Fact]
    public void A_crisis_mobilises_only_with_enough_draagvlak()
    {
        Assert.True(Money.Mobilises(300, 1000, P));
        Assert.False(Money.Mobilises(100, 1000, P));
    }

    [Fact]
    public void Costs_rise_with_paid_staff_rent_and_hours()
    {
        var f = new FormalisationParameters();
        double basis = Money.WeeklyCosts(5200, 0, 0, 10, 1, f);
        Assert.Equal(110, basis, 9);
        Assert.True(Money.WeeklyCosts(5200, 0.5, 0, 10, 1, f) > basis);
        Assert.True(Money.WeeklyCosts(5200, 0, 5200, 10, 1, f) > basis);
        Assert.True(Money.WeeklyCosts(5200, 0, 0, 20, 1, f) > basis);
    }

    [Fact]
    public void Output_needs_hours_and_a_place()
    {
        Assert.Equal(10 * 1.5 / P.HoursPerActivity, Money.Output(10, 1.5, true, P), 12);
        Assert.Equal(0, Money.Output(10, 1.5, false, P));
    }
}

public class SpendingTests
{
    [Fact]
    public void Only_cash_above_the_reserve_is_spent_and_more_surplus_means_more_spending()
    {
        var p = new WijkSim.Model.Parameters.MoneyParameters();
        Assert.Equal(0, Money.SurplusSpending(4000, 10000, p));
        Assert.Equal(p.SpendRate * 1000, Money.SurplusSpending(6000, 10000, p), 9);
        Assert.True(Money.SurplusSpending(20000, 10000, p) > Money.SurplusSpending(8000, 10000, p));
        Assert.Equal(0, Money.SurplusSpending(-500, 10000, p));
    }
}
