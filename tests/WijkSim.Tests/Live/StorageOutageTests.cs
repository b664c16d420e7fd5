using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;
using Orleans.TestingHost;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Live;

/// <summary>Grain storage that can be switched off, as PostgreSQL stopped under a live session.</summary>
public sealed class SwitchableStorage(IGrainStorage inner) : IGrainStorage
{
    public static volatile bool Down;

    private static void Check()
    {
        if (Down) throw new IOException("storage is down (test)");
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) { Check(); return inner.ReadStateAsync(stateName, grainId, grainState); }
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) { Check(); return inner.WriteStateAsync(stateName, grainId, grainState); }
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) { Check(); return inner.ClearStateAsync(stateName, grainId, grainState); }
}

/// <summary>A cluster silo as <c>wijksim silo</c> runs it (the clock saves every week) on storage that
/// the test can take down.</summary>
public sealed class OutageCluster : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage("memory");
            silo.Services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
                (services, _) => new SwitchableStorage(services.GetRequiredKeyedService<IGrainStorage>("memory")));
            silo.Services.AddSingleton<IGrainStorage>(services => services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
            silo.Services.AddWijkSimGrains(persistEveryWeek: true);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        SwitchableStorage.Down = false;
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

/// <summary>PostgreSQL down under a live session (issue 16, bug 9): a week that cannot be saved is not
/// kept or shown, the clock stays at the last saved week, and once storage is back the run goes on to the
/// kernel's bytes. Before, the clock ran on in memory and the unsaved weeks were lost with the silo.</summary>
public sealed class StorageOutageTests(OutageCluster fixture) : IClassFixture<OutageCluster>
{
    [Fact]
    public async Task A_week_that_cannot_be_saved_is_not_shown_and_is_simulated_again_when_storage_is_back()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("baseline.yaml"), ["population.residents=300"]);
        const ulong seed = 5;
        var clock = fixture.Cluster.Client.GetGrain<ISimulationGrain>($"outage-{Guid.NewGuid():N}");
        await clock.Create(LiveRuns.Spec(scenario, seed));
        await clock.RunWeeks(10);

        SwitchableStorage.Down = true;
        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => clock.Step(1));
            await Assert.ThrowsAnyAsync<Exception>(() => clock.Step(1));
            var during = await clock.GetState();
            Assert.Equal(10, during.Week); // not 11 or 12: nothing unsaved is shown
            Assert.Equal(10, (await clock.GetRecords(0)).ToWeek);
        }
        finally
        {
            SwitchableStorage.Down = false;
        }

        await clock.RunWeeks(20);
        Assert.Equal(30, (await clock.GetState()).Week);
        var live = await LiveRuns.Result(clock, scenario.Config, seed);
        var kernel = KernelRun.Run(scenario.Config, seed, 30);
        LiveRuns.AssertSameWeeklyCsv(kernel, live, "storage-outage");
    }
}
