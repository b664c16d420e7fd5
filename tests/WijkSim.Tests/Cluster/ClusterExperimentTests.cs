using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>calibrate, robustness and sensitivity --method sobol on a real two-process cluster: both silos
/// run runs, and every output the method computes has the same bytes as the embedded run of the same
/// command (the hosting decides where a run goes, never what it gives).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterExperimentTests
{
    private static readonly string[] Short = ["--weeks", "100", "--no-plots"];

    private static void AssertSameAndSpread(string dir, string command, string[] files, string[] args, SiloProcesses cluster)
    {
        var embedded = CliProcess.Run(dir, [command, .. args, "--out", command + "-embedded", .. Short]);
        Assert.True(embedded.ExitCode == 0, embedded.Err);
        var clustered = CliProcess.Run(dir, [command, .. args, "--out", command + "-cluster", .. Short, .. cluster.ClientArgs]);
        Assert.True(clustered.ExitCode == 0, clustered.Err);

        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(dir, command + "-embedded", file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(dir, command + "-cluster", file))), $"{command}: {file} differs between embedded and cluster");

        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, command + "-cluster", "manifest.json"))).RootElement;
        Assert.Equal(2, manifest.GetProperty("silos").GetInt32());
        Assert.StartsWith("cluster 'experiments'", manifest.GetProperty("hosting").GetString());
        var perSilo = manifest.GetProperty("runs_per_silo").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(cluster.Members.Select(m => m.Port).Order(), perSilo.Keys.Select(k => cluster.ByIdentity(k).Port).Order());
        Assert.All(perSilo.Values, n => Assert.True(n > 0, $"{command}: a silo ran no run"));
        Assert.Equal(manifest.GetProperty("runs_this_invocation").GetInt32(), perSilo.Values.Sum());
    }

    [Fact]
    public async Task Calibrate_robustness_and_sobol_spread_their_runs_over_both_silos_and_give_the_embedded_bytes()
    {
        await using var cluster = await SiloProcesses.Start("experiments", silos: 2);
        string dir = Repo.TempFolder("cluster-experiments");
        File.WriteAllText(Path.Combine(dir, "targets.yaml"), """
            targets:
              - id: cash
                measure: cash
                observed: 20000
                source: "ASSUMPTION: a test target"
            """);

        AssertSameAndSpread(dir, "calibrate", ["posterior.csv", "posterior.md"],
            [Repo.Scenario("baseline.yaml"), "--targets", "targets.yaml", "--param", "initiatives[0].fixed_costs_per_year=2000:20000",
             "--particles", "10", "--generations", "1", "--replications", "2", "--set", "population.residents=300"], cluster);
        AssertSameAndSpread(dir, "robustness", ["robustness.csv", "robustness.md"],
            ["--scenarios", Path.Combine(Repo.Root, "src", "Scenarios", "scenarios"), "--facts", "voedseltuin", "--seeds", "10", "--oat", "none"], cluster);
        AssertSameAndSpread(dir, "sensitivity", ["sobol.csv", "runs.csv"],
            [Repo.Scenario("jan-eef.yaml"), "--method", "sobol", "--samples", "8", "--factor", "initiatives[0].fixed_costs_per_year=8000:20000",
             "--factor", "municipality.alderman_drop_probability=0:0.5", "--replications", "1"], cluster);
    }
}
