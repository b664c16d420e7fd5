using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>A second <c>wijksim silo</c> on the ports of a running one is refused before it starts
/// (issue 16, bug 8: it used to join, declare the running silo dead and make it shut down).</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloPortTests
{
    [Fact]
    public async Task A_silo_on_ports_in_use_is_refused_and_the_running_silo_stays()
    {
        await using var cluster = await SiloProcesses.Start("ports", silos: 1);
        var running = cluster.Members[0];
        foreach (var (option, port) in new[] { ("--port", running.Port), ("--gateway-port", running.GatewayPort) })
        {
            int other = WijkSim.Silo.Hosting.FreePorts.Next();
            string[] ports = option == "--port" ? ["--port", $"{port}", "--gateway-port", $"{other}"] : ["--port", $"{other}", "--gateway-port", $"{port}"];
            var second = CliProcess.Run(Repo.Root, ["silo", .. cluster.ClientArgs, .. ports]);
            Assert.Equal(2, second.ExitCode);
            Assert.Contains(option, second.Err);
            Assert.Contains("in use", second.Err);
        }
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.False(running.Process.HasExited, "the running silo shut down");
        await cluster.WaitForActive(1);
    }
}
