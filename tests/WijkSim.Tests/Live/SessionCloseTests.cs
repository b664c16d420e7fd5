using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.TestingHost;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Live;

/// <summary>A closed session lets every grain and every silo's copy of its world go (issue 16: each
/// workshop fork took ~6 MB that was never released).</summary>
public sealed class SessionCloseTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    [Fact]
    public async Task Closing_a_session_deactivates_its_grains_and_drops_its_world_on_every_silo()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"));
        string session = $"closing-{Guid.NewGuid():N}";
        string other = $"staying-{Guid.NewGuid():N}";
        var clock = fixture.Cluster.Client.GetGrain<ISimulationGrain>(session);
        var otherClock = fixture.Cluster.Client.GetGrain<ISimulationGrain>(other);
        await clock.Create(LiveRuns.Spec(scenario, 1));
        await otherClock.Create(LiveRuns.Spec(scenario, 2));
        await clock.RunWeeks(3);
        await otherClock.RunWeeks(3);
        int residents = scenario.Config.Population.Residents;
        Assert.True(await Activations(session) > residents, "the session's residents were never activated");
        Assert.Contains(Silos(), s => s.Find(session) is not null);

        await clock.Close();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (await Activations(session) > 0 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(0, await Activations(session));
        Assert.All(Silos(), s => Assert.Null(s.Find(session)));
        // The other session is untouched and carries on.
        Assert.True(await Activations(other) > residents);
        Assert.Equal(4, (await otherClock.RunWeeks(1)).Week);
    }

    private IEnumerable<ReplicaCache> Silos() =>
        fixture.Cluster.Silos.Cast<InProcessSiloHandle>().Select(s => s.SiloHost.Services.GetRequiredService<ReplicaCache>());

    private async Task<int> Activations(string session)
    {
        var stats = await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        return stats.Count(s => s.GrainId.Key.ToString() is string key && (key == session || key.StartsWith(session + "/", StringComparison.Ordinal)));
    }
}
