using Orleans.TestingHost;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Experiments;
using WijkSim.Grains.Live;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Live;

/// <summary>An experiment on a three-silo in-process cluster: its runs spread over the silos, and when
/// one silo is killed mid-sweep the experiment still completes with exactly the fault-free results.</summary>
public class ExperimentClusterTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Replications = 30;

    private static ExperimentSpec Spec(string id, out string[] configs)
    {
        // Two design points: jan-eef and its rhythm counterfactual, two years each.
        configs = [.. new[] { "jan-eef.yaml", "jan-eef-rhythm.yaml" }
            .Select(s => ModelConfigJson.Serialize(ScenarioLoader.Load(Repo.Scenario(s)).Config with { Weeks = 104 }))];
        // Window 12 over 3 silos running one run at a time: each silo always has a few runs queued,
        // so the silo that is killed takes unfinished runs down with it.
        return new ExperimentSpec(id, configs, Replications, FirstSeed: 1, Window: 12);
    }

    /// <summary>A run's rows as text (every value in round-trip form), as weekly.csv would hold them.
    /// Raw record bytes are not compared: the struct's padding bytes carry no value and are not
    /// guaranteed to be zero (seen once in CI, depending on how the JIT built the record).</summary>
    private static string[] Rows(string[] configs, int run, WeeklyRecord[] records)
    {
        var fields = new WijkSim.Silo.Output.WeeklyFields(ModelConfigJson.Deserialize(configs[run / Replications]));
        return records.Select(r => string.Join(',', fields.Of(r))).ToArray();
    }

    private static string[] Expected(string[] configs, int run) =>
        Rows(configs, run, KernelRun.Run(ModelConfigJson.Deserialize(configs[run / Replications]), (ulong)(run % Replications + 1)).Records);

    private static async Task<InProcessTestCluster> StartCluster()
    {
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) => silo.Services.AddWijkSimGrains(parallelRuns: 1));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    [Fact]
    public async Task A_silo_killed_mid_sweep_costs_only_its_unfinished_runs_and_the_results_equal_a_fault_free_sweep()
    {
        var cluster = await StartCluster();
        try
        {
            var spec = Spec("kill-test", out var configs);
            var results = new Dictionary<int, RunPayload>();
            int finishedAtKill = -1, experimentRestarts = 0;
            Task? kill = null;
            InProcessSiloHandle? victim = null;
            var driver = new ExperimentDriver(cluster.Client)
            {
                OnRetry = (e, attempt) => { experimentRestarts++; output.WriteLine($"experiment restarted ({attempt}): {e.Message}"); },
            };
            await driver.Run(spec, Enumerable.Range(0, spec.RunCount), payload =>
            {
                results.Add(payload.Run, payload);
                // Kill a silo that is running runs right now: the one that just delivered one (not the
                // primary, which holds the test cluster's membership table).
                if (results.Count >= 8 && kill is null && cluster.Silos.Skip(1).FirstOrDefault(s => s.SiloAddress.ToString() == payload.Silo) is { } busy)
                {
                    victim = busy;
                    finishedAtKill = results.Count;
                    kill = cluster.KillSiloAsync(busy); // abrupt: no graceful hand-over of its activations
                }
            }, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(5));
            Assert.NotNull(kill);
            await kill;

            string victimName = victim!.SiloAddress.ToString();
            output.WriteLine($"victim {victimName} killed after {finishedAtKill} runs; " +
                string.Join("; ", results.Values.GroupBy(p => p.Silo).Select(g => $"{g.Key}: {g.Count()}")));
            Assert.InRange(finishedAtKill, 8, spec.RunCount - 10);
            Assert.Equal(spec.RunCount, results.Count);
            // Whether the kill stranded runs depends on timing: an in-process silo's threads may still
            // finish a run after the kill. Reported, not asserted; the assertion is that nothing differs.
            output.WriteLine($"runs started again: {results.Values.Count(p => p.Attempt > 0)}; experiment restarts: {experimentRestarts}");
            for (int run = 0; run < spec.RunCount; run++)
                Assert.Equal(Expected(configs, run), Rows(configs, run, WeeklyRecordCodec.Decode(results[run].Records)));
            // Every silo ran runs, and the survivors finished what the dead one left.
            Assert.Equal(3, results.Values.Select(p => p.Silo).Distinct().Count());
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
