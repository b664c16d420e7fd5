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
    public void A_crisis_mobilises_with_enough_draagvlak_or_a_core_whose_building_is_at_stake()
    {
        Assert.True(Money.Mobilises(300, 1000, core: 0, placeThreatened: false, P));
        Assert.False(Money.Mobilises(100, 1000, core: 6, placeThreatened: false, P)); // a base gone: the board stops (002 l.2290-2296)
        Assert.True(Money.Mobilises(100, 1000, core: 4, placeThreatened: true, P));   // the staff's networks (002 l.1964-1974)
        Assert.False(Money.Mobilises(100, 1000, core: 3, placeThreatened: true, P));
    }

    [Fact]
    public void Costs_rise_with_paid_staff_rent_and_hours()
    {
        double basis = Money.WeeklyCosts(5200, 0, 0, 10, 1);
        Assert.Equal(110, basis, 9);
        Assert.True(Money.WeeklyCosts(5200, 5200, 0, 10, 1) > basis);
        Assert.True(Money.WeeklyCosts(5200, 0, 5200, 10, 1) > basis);
        Assert.True(Money.WeeklyCosts(5200, 0, 0, 20, 1) > basis);
    }

    [Fact]
    public void Staff_are_paid_in_full_while_the_reserve_holds_and_invoice_what_the_income_leaves_below_it()
    {
        var f = new FormalisationParameters { StaffCostsPerYear = 30000 };
        double reserve = P.ReserveYears * 10000;
        // Reserve intact: formalisation 0.5 asks for 15,000, whatever the income.
        Assert.Equal(15000, Money.StaffPay(0.5, 0, reserve, 10000, 2000, f, P), 9);
        // Below the reserve: income 20,000 minus fixed 10,000 and rent 2,000 leaves 8,000.
        Assert.Equal(8000, Money.StaffPay(0.5, 20000, reserve - 1, 10000, 2000, f, P), 9);
        // Never more than asked, never less than nothing.
        Assert.Equal(15000, Money.StaffPay(0.5, 90000, 0, 10000, 2000, f, P), 9);
        Assert.Equal(0, Money.StaffPay(0.5, 5000, 0, 10000, 2000, f, P), 9);
    }

    [Fact]
    public void Staff_invoice_nothing_while_the_cash_is_below_zero()
    {
        // Twenty-fifth round: an income that would leave 8,000 for staff goes to repaying the debt first.
        var f = new FormalisationParameters { StaffCostsPerYear = 30000 };
        Assert.Equal(0, Money.StaffPay(0.5, 20000, -1, 10000, 2000, f, P), 9);
        Assert.Equal(8000, Money.StaffPay(0.5, 20000, 0, 10000, 2000, f, P), 9);
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
