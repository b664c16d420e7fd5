using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>A sweep on a real three-process cluster (membership in PostgreSQL): every silo runs runs,
/// and a silo killed with SIGKILL mid-sweep changes nothing in the results.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSweepTests
{
    private const int Runs = 160;

    private static string[] Sweep(SiloProcesses cluster, string output) =>
    [
        "sweep", Repo.Scenario("jan-eef.yaml"), "--vary", "municipality.settling_in_weeks=4,16", "--replications", $"{Runs / 2}",
        "--out", output, "--no-plots", .. cluster.ClientArgs,
    ];

    [Fact]
    public async Task A_sweep_uses_all_three_silos_and_a_killed_silo_changes_no_result()
    {
        await using var cluster = await SiloProcesses.Start("sweep", silos: 3);
        string dir = Repo.TempFolder("cluster-sweep");

        // Fault-free: every silo did runs, and the manifest says how many.
        var clean = CliProcess.Run(dir, Sweep(cluster, "clean"));
        Assert.True(clean.ExitCode == 0, clean.Err);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "clean", "manifest.json"))).RootElement;
        Assert.Equal(3, manifest.GetProperty("silos").GetInt32());
        Assert.StartsWith("cluster 'sweep'", manifest.GetProperty("hosting").GetString());
        var perSilo = manifest.GetProperty("runs_per_silo").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(cluster.Members.Select(m => m.Port).Order(), perSilo.Keys.Select(k => cluster.ByIdentity(k).Port).Order());
        Assert.All(perSilo.Values, n => Assert.True(n > 0));
        Assert.Equal(Runs, perSilo.Values.Sum());
        Assert.DoesNotContain("Password=wijksim", File.ReadAllText(Path.Combine(dir, "clean", "manifest.json")));

        // The same sweep again; one silo is killed once a tenth of the runs are in.
        using var sweep = CliProcess.Start(dir, Sweep(cluster, "faulty"));
        var stdout = sweep.StandardOutput.ReadToEndAsync();
        var stderr = sweep.StandardError.ReadToEndAsync();
        string journal = Path.Combine(dir, "faulty", ".experiment", "runs");
        var victim = cluster.Members[1];
        int finishedAtKill = -1;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (finishedAtKill < 0 && !sweep.HasExited && DateTime.UtcNow < deadline)
        {
            int finished = Directory.Exists(journal) ? Directory.GetFiles(journal, "*.run").Length : 0;
            if (finished >= Runs / 10)
            {
                SiloProcesses.Kill(victim);
                finishedAtKill = finished;
            }
            else await Task.Delay(20);
        }
        Assert.True(sweep.WaitForExit(TimeSpan.FromMinutes(4)), "the sweep did not finish within 4 minutes of the kill");
        Assert.True(sweep.ExitCode == 0, await stderr + await stdout);
        Assert.True(finishedAtKill is > 0 and < Runs, $"the silo was killed after {finishedAtKill} of {Runs} runs, not mid-sweep");
        Assert.True(victim.Process.HasExited);

        foreach (var file in new[] { "runs.csv", "summary.csv", "weekly.parquet" })
            Assert.True(File.ReadAllBytes(Path.Combine(dir, "clean", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "faulty", file))),
                $"{file} differs between the fault-free sweep and the one with a killed silo");
    }
}
