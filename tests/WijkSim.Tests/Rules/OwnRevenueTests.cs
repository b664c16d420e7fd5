using WijkSim.Model.Kernel;
using WijkSim.Model.Rules;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Rules;

/// <summary>Own revenue from members and, where a scenario sets <c>revenue_per_activity</c>, from the activities
/// delivered (docs/reviews/proposal-income-mix.md §2; measured, not adopted: docs/reviews/measured-money-sets.md).</summary>
public class OwnRevenueTests
{
    [Fact]
    public void Own_revenue_is_the_members_term_plus_the_activities_term()
    {
        Assert.Equal(35.0, OwnRevenue.Weekly(members: 350, perMember: 0.1, output: 12.5, perActivity: 0));
        Assert.Equal(35.0 + 12.5 * 6.8, OwnRevenue.Weekly(members: 350, perMember: 0.1, output: 12.5, perActivity: 6.8), 9);
        Assert.Equal(0.0, OwnRevenue.Weekly(members: 0, perMember: 0.1, output: 0, perActivity: 6.8));
    }

    [Fact]
    public void Jan_eef_earns_its_activities_times_the_rate_on_top_of_its_members_in_every_week()
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var c = config.Initiatives[0];
        var withSales = config with { Initiatives = [c with { RevenuePerActivity = 6.8 }] };
        var records = KernelRun.Run(withSales, 1, weeks: 200).Records;
        Assert.Contains(records, r => r.Output > 0);
        foreach (var r in records)
        {
            int members = r.PassiveSupporters + r.ActiveVolunteers;
            Assert.Equal(members * c.RevenuePerSupporterWeek + r.Output * 6.8, r.Income[(int)IncomeSource.OwnRevenue], 9);
        }
        // The rate is income: by its 200th week the association has more cash than without it.
        var without = KernelRun.Run(config, 1, weeks: 200).Records;
        Assert.True(records[^1].Cash > without[^1].Cash, $"cash {records[^1].Cash:F0} with sales, {without[^1].Cash:F0} without");
    }
}
