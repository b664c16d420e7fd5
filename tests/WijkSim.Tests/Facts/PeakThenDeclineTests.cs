using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Facts;

/// <summary>Jan Eef's peak and decline as restated in the thirty-eighth round (docs/model.md §6): the founders
/// report a team of 30 "in de eerste jaren" and eight in 2017, so the fact compares the first years (two on
/// each side of the formalisation) with the half year before the renewal vote. Each test takes a real run
/// and writes a made-up count of working volunteers into its weeks, so only the fact's windows decide.</summary>
public class PeakThenDeclineTests
{
    private static readonly Lazy<RunResult> Real = new(() =>
        KernelRun.Run(ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config, 1));

    private static bool Holds(RunResult r) =>
        ((ShareFact)FactCatalogue.All.Single(f => f.Id == "jan-eef.peak-then-decline")).Holds(r);

    /// <summary>The real run, alive to its horizon, with <paramref name="working"/> volunteers in each week.</summary>
    private static RunResult WithWorking(Func<int, int> working)
    {
        var r = Real.Value;
        var records = (WeeklyRecord[])r.Records.Clone();
        int perWeek = r.Config.Initiatives.Count;
        for (int t = 0; t < r.Weeks; t++) records[t * perWeek].ActiveVolunteers = working(t);
        var outcomes = r.Outcomes.Select((o, i) => i == 0 ? o with { Survived = true, EndedWeek = null } : o).ToArray();
        return new RunResult(r.Config, r.Seed, records, r.Weeks, outcomes);
    }

    private static int Week(string date) => RunMeasures.WeekOf(Real.Value, date);

    [Fact]
    public void The_reported_team_of_30_in_the_first_years_and_8_before_the_renewal_is_a_decline()
    {
        int voteFrom = Week("2016-05-09"), vote = Week("2016-11-07");
        // 30 working from the start to the renewal's half year, 8 in it: the founders' own account. The fact
        // as it stood before the round failed this run (30 on both sides of its window at years 2-4).
        Assert.True(Holds(WithWorking(t => t >= voteFrom && t < vote ? 8 : 30)));
    }

    [Fact]
    public void A_team_that_keeps_its_size_up_to_the_renewal_vote_is_no_decline()
    {
        Assert.False(Holds(WithWorking(_ => 30)));
    }

    [Fact]
    public void A_team_that_shrinks_only_after_the_renewal_vote_is_no_decline_before_it()
    {
        int vote = Week("2016-11-07");
        Assert.False(Holds(WithWorking(t => t < vote ? 30 : 8)));
    }
}
