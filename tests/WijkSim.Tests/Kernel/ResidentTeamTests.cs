using WijkSim.Model.Build;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>One world on several threads (issue 18): the same state as one thread, week by week, and no
/// allocation once the team's threads exist. Alone: the allocation count is the whole process's.</summary>
[Collection(AloneCollection.Name)]
public class ResidentTeamTests
{
    [Fact]
    public void Three_threads_give_the_state_of_one_and_a_week_allocates_nothing()
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=3001"]).Config; // blocks of unequal size
        var one = WorldBuilder.Build(config, 4);
        var three = WorldBuilder.Build(config, 4);
        using var team = new ResidentTeam(3);
        for (int week = 0; week < 5; week++) { WeeklyStep.Step(one); WeeklyStep.Step(three, team); } // warm up: JIT, statics
        // Three windows of 100 weeks; the process total counts in the quietest. An allocation of the team's
        // week would be in every window; the test host's own threads (a late progress message, a child
        // process's output reader from an earlier test) were seen once in CI adding 27 KB to a single one.
        long allocated = long.MaxValue, allocatedHere = 0;
        for (int window = 0; window < 3; window++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true), beforeHere = GC.GetAllocatedBytesForCurrentThread();
            for (int week = 0; week < 100; week++) WeeklyStep.Step(three, team);
            allocated = Math.Min(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
            allocatedHere += GC.GetAllocatedBytesForCurrentThread() - beforeHere;
        }
        for (int week = 0; week < 300; week++) WeeklyStep.Step(one);
        Assert.Equal(one.Now.Role, three.Now.Role);
        Assert.Equal(one.Now.Trust, three.Now.Trust);
        Assert.Equal(one.Now.Fatigue, three.Now.Fatigue);
        Assert.Equal(one.Initiatives[0].Cash, three.Initiatives[0].Cash);
        Assert.Equal(0, allocatedHere);
        // The helpers' allocations count only in the process total, where the test host's own threads may
        // add a little: a margin far below one allocation per week.
        Assert.True(allocated < 2048, $"100 weeks on three threads allocated {allocated} bytes in the process (the quietest of three windows)");
    }

    [Fact]
    public void A_team_needs_a_thread_and_stops_cleanly()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ResidentTeam(0));
        var team = new ResidentTeam(2);
        team.Dispose();
        team.Dispose(); // twice is harmless
    }
}
