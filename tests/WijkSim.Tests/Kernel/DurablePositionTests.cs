using WijkSim.Model.Kernel;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The thirty-first round (docs/model.md §6): a growing group is established once the municipality
/// has renewed its lease, not only once it is formal. The Voedseltuin stays informal (formalisation 0.3) and
/// is established from its lease renewal of 2015 (002 l.3683-3689).</summary>
public class DurablePositionTests
{
    /// <summary>Seed 1 to mid-2018, each week with its date.</summary>
    private static (DateOnly Date, WeeklyRecord Week)[] Run(params string[] settings)
    {
        var config = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml"), settings).Config;
        return KernelRun.Run(config, 1, weeks: 430).Records.Select(r => (config.DateOf(r.Week), r)).ToArray();
    }

    [Fact]
    public void The_voedseltuin_is_established_after_its_lease_is_renewed_and_not_before_while_it_stays_informal()
    {
        var weeks = Run();
        var beforeRenewal = weeks.Where(r => r.Date < new DateOnly(2015, 3, 2)).ToArray();   // the first five-year term
        var from2016 = weeks.Where(r => r.Date >= new DateOnly(2016, 1, 4)).ToArray();
        Assert.NotEmpty(from2016);
        Assert.DoesNotContain(beforeRenewal, r => r.Week.Phase == Phase.Established);
        Assert.All(from2016, r => Assert.Equal(Phase.Established, r.Week.Phase));
        Assert.All(weeks, r => Assert.True(r.Week.Formalisation < 0.4, $"formalisation {r.Week.Formalisation} on {r.Date}: the garden became formal"));
    }

    [Fact]
    public void A_longer_first_lease_delays_it_the_renewal_not_the_date_makes_it_established()
    {
        var weeks = Run("municipality.agreements[0].lease.term_years=8");   // the first term runs to 2018
        Assert.Contains(weeks, r => r.Date >= new DateOnly(2016, 1, 4) && r.Week.Phase == Phase.Growth);   // alive and growing, not yet established
        Assert.DoesNotContain(weeks, r => r.Date < new DateOnly(2018, 3, 5) && r.Week.Phase == Phase.Established);
    }
}
