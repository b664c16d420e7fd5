using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Rules;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>Regression tests for defects a review found in the model (issue 14): each failed on the
/// code before its fix.</summary>
public class ModelDefectTests
{
    [Fact]
    public void The_voedseltuin_is_paid_re_integration_money_for_the_residents_placed_with_it()
    {
        // "grotendeels gedekt door gemeentelijke subsidies op begeleiding van re-integratie" (002 l.3623-3624):
        // before the fix the placements were never counted and the money was 0 in every week.
        var config = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml")).Config;
        var run = KernelRun.Run(config, 1, weeks: 26);
        var agreement = config.Municipality.Agreements.Single(a => a.Reintegration is not null);
        double perWeek = agreement.Reintegration!.Placements * agreement.Reintegration.PaymentPerPlacementYear / 52.0;
        var paid = run.Records.Where(r => r.Week >= 1).Select(r => r.Income[(int)IncomeSource.Reintegration]).ToArray();
        Assert.All(paid, p => Assert.True(p > 0, "no re-integration money in a week while the placements run"));
        Assert.All(paid, p => Assert.True(p <= perWeek + 1e-9, $"paid {p} a week, more than the {perWeek} of all placements"));
    }

    [Theory]
    [InlineData(300, 10, 5, 1.0)]   // many supporters, a small working team: full social control
    [InlineData(0, 150, 50, 0.5)]   // a working team of 200: (50/200)^0.5
    public void Social_control_is_set_by_the_working_team_not_by_the_supporters(int passive, int active, int core, double expected)
    {
        // "niet dat de wijkonderneming zelf klein moet blijven maar dat de teams waarin gewerkt wordt klein
        // genoeg blijven" (003 l.366-369). Before the seventh round the group counted the passive
        // supporters too, so 300 supporters cost a team of 15 its social control.
        var world = WorldBuilder.Build(Worlds.OneInitiative(), 1);
        ref var s = ref world.Initiatives[0];
        (s.Passive, s.Active, s.Core) = (passive, active, core);
        InitiativeStep.Update(world, 0, 1);
        Assert.Equal(expected, world.Initiatives[0].SocialControl, 12);
    }

    [Fact]
    public void The_mean_free_rider_share_of_a_run_is_over_the_weeks_the_initiative_lives()
    {
        // Jan Eef ends within the horizon in most seeds; before the fix the weeks after its end counted as 0.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var run = Enumerable.Range(1, 20).Select(s => KernelRun.Run(config, (ulong)s)).First(r => r.Outcomes[0].EndedWeek is not null);
        int ended = run.Outcomes[0].EndedWeek!.Value;
        double live = run.Records.Take(ended).Average(r => r.FreeRiderShare);
        Assert.Equal(live, run.Outcomes[0].MeanFreeRiderShare, 12);
        Assert.True(live > run.Records.Average(r => r.FreeRiderShare), "the test needs an initiative that free-rides while it lives");
    }

    [Fact]
    public void The_biz_levy_charged_is_the_one_voted_on_not_the_configured_default()
    {
        // Both Jan Eef votes name their levy (300, then 700); before the fix the default levy_per_year was
        // charged instead, so changing it changed the income.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=600"]).Config;
        var other = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=600", "initiatives[0].biz.levy_per_year=999"]).Config;
        var withBiz = Enumerable.Range(1, 30).Select(s => KernelRun.Run(config, (ulong)s)).First(r => r.Records.Any(w => w.BizActive));
        var same = KernelRun.Run(other, withBiz.Seed);
        Assert.Equal(withBiz.Records.Select(r => r.Income[(int)IncomeSource.Contributions]), same.Records.Select(r => r.Income[(int)IncomeSource.Contributions]));
        Assert.Contains(withBiz.Records, r => r.BizActive && r.Income[(int)IncomeSource.Contributions] > 0);
    }

    [Fact]
    public void A_biz_renewed_while_the_old_one_runs_starts_when_it_ends_with_its_own_levy()
    {
        var s = new InitiativeState { BizUntilWeek = -1, BizNextFromWeek = -1 };
        BizTerm.Passed(ref s, 100, 300, termYears: 5);
        Assert.Equal((360, 300.0), (s.BizUntilWeek, BizTerm.LevyPerYear(ref s, 200)));
        BizTerm.Passed(ref s, 340, 700, termYears: 5); // renewal 20 weeks before the end
        Assert.Equal(620, s.BizUntilWeek);
        Assert.Equal(300.0, BizTerm.LevyPerYear(ref s, 359));
        Assert.Equal(700.0, BizTerm.LevyPerYear(ref s, 360));
        BizTerm.Passed(ref s, 700, 500, termYears: 5); // a vote after a lapse starts a new BIZ at once
        Assert.Equal((960, 500.0), (s.BizUntilWeek, BizTerm.LevyPerYear(ref s, 701)));
    }

    [Fact]
    public void Free_riders_are_those_who_know_the_initiative_and_give_nothing_over_all_who_know_it()
    {
        // Before the fix every resident in reach counted as enjoying the good, so the share was one minus
        // the participation rate (0.93 for Jan Eef). Before the BIZ there is no levy: the share is the
        // aware non-members over everyone who knows the initiative.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=800"]).Config;
        var run = KernelRun.Run(config, 3, weeks: 150);
        Assert.All(run.Records.Where(r => r.Output > 0), r =>
        {
            int knowing = r.Aware + r.PassiveSupporters + r.ActiveVolunteers;
            Assert.Equal((double)r.Aware / knowing, r.FreeRiderShare, 12);
        });
        Assert.All(run.Records.Where(r => r.Output == 0), r => Assert.Equal(0, r.FreeRiderShare));
    }

    [Fact]
    public void The_outcomes_of_a_run_at_week_0_are_those_of_the_start_not_an_error()
    {
        // A live session at week 0 asked for its manifest, weekly.csv or zip: an IndexOutOfRangeException
        // and a 500 before (issue 16, bug 2).
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var outcome = WijkSim.Model.Output.RunOutcomes.FromRecords(config, [], 0).Single();
        Assert.Equal(("jan-eef", true, (int?)null, 0), (outcome.Id, outcome.Survived, outcome.EndedWeek, outcome.PeakActive));
    }
}
