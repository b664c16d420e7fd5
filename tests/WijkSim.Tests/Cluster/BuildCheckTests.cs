using WijkSim.Silo.Cluster;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>A silo or client refuses a cluster where a silo runs another build of wijksim (issue 16:
/// nothing checked that all silos run the same build, so a sweep's runs could come from two models).</summary>
[Collection(ClusterCollection.Name)]
public sealed class BuildCheckTests
{
    [Fact]
    public async Task A_cluster_with_a_silo_of_another_build_is_refused_by_silo_and_sweep()
    {
        await using var database = await TestDatabase.Create("build");
        Assert.Equal(0, CliProcess.Run(Repo.Root, "cluster", "init", "--db", database.Connection).ExitCode);
        const string cluster = "mixed";
        const string other = BuildId.SiloNamePrefix + "0123456789abcdef";
        Assert.NotEqual(other, BuildId.SiloName);
        await database.Scalar<int>($"INSERT INTO orleansmembershipversiontable (deploymentid) VALUES ('{cluster}') RETURNING 1");
        await database.Scalar<int>(
            "INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime) " +
            $"VALUES ('{cluster}', '127.0.0.1', 1, 1, '{other}', 'elsewhere', 3, 2, now(), now()) RETURNING 1");

        string[] clusterArgs = ["--cluster", database.Connection, "--cluster-id", cluster];
        var silo = CliProcess.Run(Repo.Root, ["silo", .. clusterArgs, "--port", $"{WijkSim.Silo.Hosting.FreePorts.Next()}",
            "--gateway-port", $"{WijkSim.Silo.Hosting.FreePorts.Next()}"]);
        var sweep = CliProcess.Run(Repo.TempFolder("mixed-build"), ["sweep", Repo.Scenario("jan-eef.yaml"), "--replications", "2", "--out", "o", "--no-plots", .. clusterArgs]);
        foreach (var refused in new[] { silo, sweep })
        {
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("runs another build of wijksim", refused.Err);
            Assert.Contains("0123456789abcdef", refused.Err);
            Assert.DoesNotContain("   at ", refused.Err);
        }
    }
}
