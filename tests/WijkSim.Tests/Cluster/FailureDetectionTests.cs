using Orleans.Configuration;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Commands;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>Failure-detection timings can be raised for a slow network (issue 16: docs/cluster.md said
/// to raise them, but nothing could set them).</summary>
public class FailureDetectionTests
{
    [Fact]
    public void The_silo_options_reach_orleans_membership_options()
    {
        var options = new ClusterMembershipOptions();
        SiloCommand.Detection(probeTimeoutSeconds: 7, missedProbes: 4).Apply(options);
        Assert.Equal(TimeSpan.FromSeconds(7), options.ProbeTimeout);
        Assert.Equal(4, options.NumMissedProbesLimit);

        var defaults = new ClusterMembershipOptions();
        new FailureDetection().Apply(defaults);
        Assert.Equal(TimeSpan.FromSeconds(2), defaults.ProbeTimeout);
        Assert.Equal(2, defaults.NumMissedProbesLimit);
    }

    [Theory]
    [InlineData("--probe-timeout", "0", "from 1 to 120")]
    [InlineData("--probe-timeout", "500", "from 1 to 120")]
    [InlineData("--missed-probes", "0", "from 1 to 10")]
    public void Impossible_timings_are_refused_before_the_silo_starts(string option, string value, string fragment)
    {
        var result = CliProcess.Run(Repo.TempFolder("detect"), "silo", "--cluster",
            "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Err);
        Assert.Contains(fragment, result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
