using System.Diagnostics;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>After every silo died, their rows stayed "active" and a new silo waited about a minute to
/// join (issue 16). <c>wijksim cluster forget-dead</c> marks the silent ones dead, never a running one.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ForgetDeadTests
{
    [Fact]
    public async Task Silos_killed_together_are_forgotten_a_new_one_joins_at_once_and_a_running_one_is_never_marked()
    {
        await using var cluster = await SiloProcesses.Start("forget", silos: 2);
        foreach (var member in cluster.Members.ToArray()) SiloProcesses.Kill(member);
        await Task.Delay(TimeSpan.FromSeconds(35));                        // silent for longer than 30 s

        string[] forget = ["cluster", "forget-dead", "--db", cluster.Database.Connection, "--cluster-id", cluster.ClusterId];
        var first = CliProcess.Run(Repo.Root, forget);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("marked 2 silo(s)", first.Out);
        string active = $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{cluster.ClusterId}' AND status = 3";
        Assert.Equal(0L, await cluster.Database.Scalar<long>(active));

        var clock = Stopwatch.StartNew();
        await cluster.StartSilo();
        await cluster.WaitForActive(1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the new silo took {clock.Elapsed.TotalSeconds:0} s to join");

        // A running silo writes "I am alive" every 10 s: it is never taken for dead.
        await Task.Delay(TimeSpan.FromSeconds(35));
        var second = CliProcess.Run(Repo.Root, forget);
        Assert.True(second.ExitCode == 0, second.Err);
        Assert.Contains("nothing changed", second.Out);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.False(cluster.Members[^1].Process.HasExited);
        Assert.Equal(1L, await cluster.Database.Scalar<long>(active));
    }

    [Fact]
    public void A_silence_shorter_than_three_alive_periods_is_refused()
    {
        var result = CliProcess.Run(Repo.TempFolder("forget"), "cluster", "forget-dead", "--db",
            "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none", "--silent-for", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--silent-for", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
