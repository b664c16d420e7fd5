using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The Voedseltuin's redesign with its neighbours (event co_design, Rules/CoOwnership.cs): the
/// members of that week own the design, and the community it made lasts.</summary>
public class CoDesignTests
{
    private const int Redesign = 3; // events[3] of voedseltuin.yaml, 2015-05-04

    [Fact]
    public void The_members_of_the_co_design_week_and_only_they_become_co_owners()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml"));
        int week = scenario.Config.WeekOf(new DateOnly(2015, 5, 4));
        var owners = new Dictionary<int, int>();
        int t = -1; // the week just stepped
        var records = KernelRun.Run(scenario.Config, 1, afterWeek: (w, _) =>
        {
            t++;
            if (t < week - 1 || t > week + 1) return;
            int count = 0;
            foreach (bool owner in w.Now.CoOwner) if (owner) count++;
            owners[t] = count;
        }).Records;
        var atDesign = records[week];
        Assert.Equal(0, owners[week - 1]);
        Assert.Equal(atDesign.PassiveSupporters + atDesign.ActiveVolunteers, owners[week]);
        Assert.Equal(owners[week], owners[week + 1]); // nobody joins the owners after the week
    }

    [Fact]
    public void The_community_lasts_with_a_co_design_and_fades_back_with_a_plain_campaign()
    {
        var coDesign = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml"));
        var campaign = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml"), [$"events[{Redesign}].type=campaign"]);
        int end = coDesign.Config.WeekOf(new DateOnly(2016, 12, 26));
        double owned = 0, plain = 0;
        foreach (ulong seed in new ulong[] { 1, 2, 3, 4, 5 })
        {
            owned += KernelRun.Run(coDesign.Config, seed).Records[end].PassiveSupporters;
            plain += KernelRun.Run(campaign.Config, seed).Records[end].PassiveSupporters;
        }
        Assert.True(owned > plain * 1.1, $"supporters at the end of 2016, five seeds: {owned} with the co-design, {plain} with a plain campaign");
    }
}
