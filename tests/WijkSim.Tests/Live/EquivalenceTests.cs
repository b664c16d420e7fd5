using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Live;

/// <summary>Same scenario and seed give byte-identical weekly.csv in the kernel and live on one
/// silo and on three silos, for every shipped scenario over its whole horizon.</summary>
public abstract class EquivalenceTests(ClusterFixture fixture)
{
    public static TheoryData<string> Scenarios() => Repo.ShippedScenarioNames();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Live_weekly_csv_equals_the_kernel_byte_for_byte(string file)
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario(file));
        const ulong seed = 7;
        int weeks = scenario.Config.Weeks;
        var live = await LiveRuns.Run(fixture.Cluster.Client, scenario, seed, weeks);
        var kernel = KernelRun.Run(scenario.Config, seed, weeks);

        Assert.Equal(weeks * scenario.Config.Initiatives.Count, live.Records.Length);
        LiveRuns.AssertSameWeeklyCsv(kernel, live, $"equivalence-{fixture.Silos}");
    }
}

public sealed class OneSiloEquivalenceTests(OneSiloCluster fixture) : EquivalenceTests(fixture), IClassFixture<OneSiloCluster>;

public sealed class ThreeSiloEquivalenceTests(ThreeSiloCluster fixture) : EquivalenceTests(fixture), IClassFixture<ThreeSiloCluster>;
