using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Live;

/// <summary>A clock that is moved to another silo every few weeks (as when its silo leaves) comes back
/// from its persisted state there, and the run equals the kernel's.</summary>
public sealed class MovingClockTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    [Fact]
    public async Task A_clock_moved_to_another_silo_every_eight_weeks_continues_to_the_kernels_bytes()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"));
        const ulong seed = 3;
        const int weeks = 120;
        var clock = fixture.Cluster.Client.GetGrain<ISimulationGrain>($"moving-{Guid.NewGuid():N}");
        await clock.Create(LiveRuns.Spec(scenario, seed));
        var silos = new HashSet<string>();
        for (int done = 0; done < weeks; done += 8)
        {
            string here = (await clock.RunWeeks(8)).Silo;
            silos.Add(here);
            // Deactivate it, and have it come back on another silo.
            var elsewhere = fixture.Cluster.Silos.First(s => s.SiloAddress.ToString() != here).SiloAddress;
            await fixture.Cluster.MigrateAsync(clock.GetGrainId(), elsewhere);
        }
        var state = await clock.GetState();
        Assert.Equal(weeks, state.Week);

        var live = await LiveRuns.Result(clock, scenario.Config, seed);
        var kernel = KernelRun.Run(scenario.Config, seed, weeks);
        LiveRuns.AssertSameWeeklyCsv(kernel, live, "moving-clock");
        Assert.True(silos.Count > 1, "the clock never changed silo");
    }

    [Fact]
    public async Task A_clock_running_to_an_event_still_stops_there_after_moving_to_another_silo()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"));
        var clock = fixture.Cluster.Client.GetGrain<ISimulationGrain>($"until-{Guid.NewGuid():N}");
        await clock.Create(LiveRuns.Spec(scenario, 1));
        await clock.SetSpeed(4);
        string here = (await clock.RunUntil(8)).Silo;
        var elsewhere = fixture.Cluster.Silos.First(s => s.SiloAddress.ToString() != here).SiloAddress;
        await fixture.Cluster.MigrateAsync(clock.GetGrainId(), elsewhere);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while ((await clock.GetState()).Running && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(8, (await clock.GetState()).Week);
        await Task.Delay(1000); // four more ticks at this speed, were it still running
        var state = await clock.GetState();
        Assert.False(state.Running);
        Assert.Equal(8, state.Week);
    }
}
