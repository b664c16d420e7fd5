using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>A silo frozen past failure detection (SIGSTOP, as a laptop that sleeps) is declared dead by
/// the others; on waking it used to end with a fatal exception and never rejoin (issue 16). Now the same
/// process joins again as a new member.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RejoinTests
{
    [Fact]
    public async Task A_silo_declared_dead_while_frozen_joins_again_on_waking()
    {
        await using var cluster = await SiloProcesses.Start("rejoin", silos: 2);
        var sleeper = cluster.Members[0];
        CliProcess.Signal(sleeper.Process, "STOP");
        await Task.Delay(TimeSpan.FromSeconds(35));                  // past failure detection (~17 s here)
        CliProcess.Signal(sleeper.Process, "CONT");

        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && cluster.Output(sleeper).Count(l => l.Contains("joined cluster")) < 2 && !sleeper.Process.HasExited)
            await Task.Delay(250);
        var output = cluster.Output(sleeper);
        Assert.False(sleeper.Process.HasExited, "the silo ended instead of joining again: " + string.Join(" | ", output.TakeLast(5)));
        Assert.Contains(output, l => l.Contains("declared dead by the cluster; joining again"));
        Assert.Equal(2, output.Count(l => l.Contains("joined cluster")));
        await cluster.WaitForActive(2);
        Assert.Equal(0, cluster.Printed.StackLines);
    }
}
