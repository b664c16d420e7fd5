using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Experiments;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Hosting;

namespace WijkSim.Silo.Experiments;

/// <summary>Runs the runs of an experiment that the journal does not hold yet, on an embedded silo or a
/// cluster (Experiment and Run grains), with a progress bar; each finished run goes to the journal at once.</summary>
public static class ExperimentExecution
{
    /// <param name="cluster">a running cluster to use as a client, or null for an embedded silo</param>
    /// <param name="parallel">runs at once per silo (in a cluster, each silo's own --parallel limits it;
    /// here it sizes the window of runs kept in flight)</param>
    public static async Task<ExperimentReport> Run(PreparedExperiment experiment, ExperimentJournal journal, ClusterChoice? cluster, int parallel,
        IAnsiConsole console, CancellationToken cancellation)
    {
        var finished = journal.Finished();
        var todo = Enumerable.Range(0, experiment.Plan.RunCount).Where(r => !finished.Contains(r)).ToArray();
        string hosting = GrainHosting.Describe(cluster);
        if (todo.Length == 0) return new ExperimentReport(0, finished.Count, TimeSpan.Zero, 0, parallel, hosting);

        var builder = Host.CreateApplicationBuilder();
        await GrainHosting.Configure(builder, cluster, dashboard: false, TelemetryExport.None, parallelRuns: parallel, cancellation);
        using var host = builder.Build();
        await host.StartAsync(cancellation);
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            int silos = (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;
            // Two runs queued per slot, so a silo never idles while the next order travels to it.
            var spec = new ExperimentSpec(experiment.Fingerprint[..16], experiment.PointJson, experiment.Plan.Replications,
                experiment.Plan.FirstSeed, Window: 2 * parallel * silos);
            var driver = new ExperimentDriver(grains)
            {
                OnRetry = (e, attempt) => console.MarkupLineInterpolated($"[yellow]warning:[/] the experiment was interrupted ({e.GetBaseException().Message}); continuing (attempt {attempt + 1})"),
            };
            var clock = Stopwatch.StartNew();
            int done = 0;
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask(Describe(finished.Count, experiment.Plan.RunCount, 0), maxValue: experiment.Plan.RunCount);
                    bar.Value = finished.Count;
                    await driver.Run(spec, todo, payload =>
                    {
                        journal.Save(payload);
                        done++;
                        bar.Increment(1);
                        bar.Description = Describe(finished.Count + done, experiment.Plan.RunCount, done / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
                    }, cancellation);
                });
            return new ExperimentReport(done, finished.Count, clock.Elapsed, silos, parallel, hosting);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static string Describe(int done, int total, double rate) => $"runs {done}/{total} · {rate:0.0} runs/s";
}
