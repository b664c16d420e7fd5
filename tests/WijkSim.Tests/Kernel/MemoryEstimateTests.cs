using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The validator's memory estimate per resident (<see cref="PopulationConfig.BytesPerResident"/>)
/// matches what a world really takes, within 25% (issue 16: "about 1 GiB" for 5,000,000 residents was off
/// by more than 3x).</summary>
public class MemoryEstimateTests
{
    [Fact]
    public void A_world_takes_what_the_validator_estimates_per_resident_within_a_quarter()
    {
        const int residents = 300_000;
        var config = ScenarioLoader.Load(Repo.Scenario("baseline.yaml")).Config;
        config = config with { Population = config.Population with { Residents = residents }, Weeks = 4 };
        Assert.Single(config.Initiatives);
        Assert.Equal(8, config.Network.Degree);

        // Bytes this thread allocates (kept and temporary: the peak a process must hold, near enough),
        // not the process's heap, which other tests running in parallel change.
        long before = GC.GetAllocatedBytesForCurrentThread();
        var run = KernelRun.Run(config, 1);
        long after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(run);

        double measured = (after - before) / (double)residents;
        Assert.InRange(measured, PopulationConfig.BytesPerResident * 0.75, PopulationConfig.BytesPerResident * 1.25);
    }
}
