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
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=3001"]).Config; // 12 chunks of 256, the last of 185
        var one = WorldBuilder.Build(config, 4);
        var three = WorldBuilder.Build(config, 4);
        using var team = new ResidentTeam(3);
        for (int week = 0; week < 5; week++) { WeeklyStep.Step(one); WeeklyStep.Step(three, team); } // warm up: JIT, statics
        // Three windows of 100 weeks; both counts count in the quietest. An allocation of the team's week
        // would be in every window (even one small object a week is 2,400 B a window). What falls in one window
        // only is not the week's: the test host's own threads (a late progress message, a child process's
        // output reader from an earlier test) were seen once in CI adding 27 KB to the process total, and once,
        // late in a full CI run, the calling thread itself counted 3,256 B in 300 weeks (less than one object a
        // week, so a one-off; never seen alone, nor with the cores loaded, nor on one thread over 520 weeks).
        long allocated = long.MaxValue, allocatedHere = long.MaxValue, allocatedHereAll = 0;
        for (int window = 0; window < 3; window++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true), beforeHere = GC.GetAllocatedBytesForCurrentThread();
            for (int week = 0; week < 100; week++) WeeklyStep.Step(three, team);
            long here = GC.GetAllocatedBytesForCurrentThread() - beforeHere;
            allocated = Math.Min(allocated, GC.GetTotalAllocatedBytes(precise: true) - before);
            allocatedHere = Math.Min(allocatedHere, here);
            allocatedHereAll += here;
        }
        for (int week = 0; week < 300; week++) WeeklyStep.Step(one);
        Assert.Equal(one.Now.Role, three.Now.Role);
        Assert.Equal(one.Now.Trust, three.Now.Trust);
        Assert.Equal(one.Now.Fatigue, three.Now.Fatigue);
        Assert.Equal(one.Initiatives[0].Cash, three.Initiatives[0].Cash);
        // The counts made in the threads' blocks and the sums made in id order.
        Assert.Equal((one.Initiatives[0].Passive, one.Initiatives[0].Enjoyers, one.Initiatives[0].LevyPayers),
            (three.Initiatives[0].Passive, three.Initiatives[0].Enjoyers, three.Initiatives[0].LevyPayers));
        Assert.Equal(one.Initiatives[0].Hours, three.Initiatives[0].Hours);
        Assert.Equal(one.Initiatives[0].TrustMean, three.Initiatives[0].TrustMean);
        Assert.Equal(one.ParticipationRate, three.ParticipationRate);
        Assert.Equal(one.MunicipalityTrustMean, three.MunicipalityTrustMean);
        Assert.True(allocatedHere == 0, $"the calling thread allocated {allocatedHere} bytes in its quietest 100 weeks ({allocatedHereAll} in all 300)");
        // The helpers' allocations count only in the process total, where the test host's own threads may
        // add a little: a margin far below one allocation per week.
        Assert.True(allocated < 2048, $"100 weeks on three threads allocated {allocated} bytes in the process (the quietest of three windows)");
    }

    /// <summary>Each thread counts the residents it stepped; the counts, added up, must be those of all
    /// residents (two initiatives, 12 chunks with a short last one, weeks with every role in use).</summary>
    [Fact]
    public void The_threads_counts_add_up_to_the_counts_of_all_residents()
    {
        var baseline = ScenarioLoader.Load(Repo.Scenario("baseline.yaml"), ["population.residents=3001"]).Config;
        var first = baseline.Initiatives[0];
        // A second initiative, without an agreement, whose reach overlaps the first's.
        var second = first with { Id = "tweede", Name = "Tweede", Reach = first.Reach with { Centre = 0.3 } };
        var w = WorldBuilder.Build(baseline with { Initiatives = [first, second] }, 2);
        Assert.Equal(2, w.InitiativeCount);
        using var team = new ResidentTeam(3);
        int weeksWithEveryRole = 0;
        for (int week = 0; week < 120; week++)
        {
            WeeklyStep.Begin(w);
            team.StepResidents(w);
            for (int k = 0; k < w.InitiativeCount; k++)
            {
                var all = InitiativeTally.Count(w, k, w.Next, 0, w.Residents);
                Assert.Equal(all, team.InitiativeCounts(k));
                if (all.Aware > 0 && all.Passive > 0 && all.Active > 0 && all.Core > 0) weeksWithEveryRole++;
                // The sums the threads carried block by block: the bits of one pass over all residents.
                double hours = 0, trust = 0;
                ResidentSums.AddInitiative(w, k, w.Next, 0, w.Residents, ref hours, ref trust);
                Assert.Equal(BitConverter.DoubleToInt64Bits(hours), BitConverter.DoubleToInt64Bits(team.Sums.Hours(k)));
                Assert.Equal(BitConverter.DoubleToInt64Bits(trust), BitConverter.DoubleToInt64Bits(team.Sums.Trust(k)));
            }
            Assert.Equal(NeighbourhoodTally.Count(w, w.Next, 0, w.Residents), team.NeighbourhoodCounts());
            Assert.Equal(BitConverter.DoubleToInt64Bits(ResidentSums.AddTrustMunicipality(w.Next, 0, w.Residents, 0)),
                BitConverter.DoubleToInt64Bits(team.Sums.TrustMunicipality));
            WeeklyStep.End(w, team);
        }
        Assert.True(weeksWithEveryRole > 50, $"only {weeksWithEveryRole} initiative-weeks had every role: the counts compared little");
    }

    /// <summary>Splits that the 3001-resident test does not make: more threads than chunks (a block with no
    /// chunk), blocks of 2, 3 and 3 chunks, and one team used for two worlds of different sizes in turn.</summary>
    [Fact]
    public void Any_split_into_chunks_and_a_team_used_for_two_worlds_give_the_state_of_one_thread()
    {
        Assert.Equal(256, ResidentTeam.ChunkSize(300, 3)); // 2 chunks for 3 threads
        Assert.Equal(256, ResidentTeam.ChunkSize(2000, 3)); // 8 chunks: blocks of 2, 3 and 3
        using var team = new ResidentTeam(3);
        foreach (int residents in new[] { 300, 2000, 300 })
        {
            var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), [$"population.residents={residents}"]).Config;
            var one = WorldBuilder.Build(config, 5);
            var three = WorldBuilder.Build(config, 5);
            for (int week = 0; week < 60; week++) { WeeklyStep.Step(one); WeeklyStep.Step(three, team); }
            Assert.Equal(one.Now.Role, three.Now.Role);
            Assert.Equal(one.Now.Trust, three.Now.Trust);
            Assert.Equal((one.Initiatives[0].Passive, one.Initiatives[0].Active, one.Initiatives[0].Hours, one.ParticipationRate),
                (three.Initiatives[0].Passive, three.Initiatives[0].Active, three.Initiatives[0].Hours, three.ParticipationRate));
        }
    }

    /// <summary>A resident whose step throws, in the calling thread's block (0) or the last helper's (2): the
    /// week fails with her error and does not hang, although the threads after the failed one wait for its
    /// block's sums, and the team can still be disposed of.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_thread_that_fails_ends_the_week_with_its_error_and_no_thread_waits_for_ever(int block)
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=3001"]).Config; // 12 chunks: blocks of 4
        var w = WorldBuilder.Build(config, 4);
        var team = new ResidentTeam(3);
        WeeklyStep.Step(w, team); // a sound week first
        int first = block * 4 * ResidentTeam.ChunkSize(3001, 3);
        int i = Enumerable.Range(first, 1000).First(r => w.InReach[r * w.InitiativeCount] && w.Network.Of(r).Length > 0);
        w.Network.Neighbours[w.Network.Offsets[i]] = int.MaxValue / 4; // a tie to no one: her step reads past the end
        var week = Task.Run(() => WeeklyStep.Step(w, team));
        Assert.Same(week, await Task.WhenAny(week, Task.Delay(TimeSpan.FromSeconds(60)))); // the week ended: it did not hang
        var error = await Record.ExceptionAsync(() => week);
        Assert.NotNull(error);
        var chain = new List<Exception>();
        for (var e = error; e is not null; e = e.InnerException) chain.Add(e);
        Assert.Contains(chain, e => e is IndexOutOfRangeException);
        var disposed = Task.Run(team.Dispose);
        Assert.True(disposed == await Task.WhenAny(disposed, Task.Delay(TimeSpan.FromSeconds(60))), "a helper still waits after the failed week");
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
