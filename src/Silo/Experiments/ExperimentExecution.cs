using System.Diagnostics;
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
        if (finished.Count == experiment.Plan.RunCount)
            return new ExperimentReport(0, finished.Count, TimeSpan.Zero, 0, parallel, GrainHosting.Describe(cluster));
        await using var session = await GrainSession.Open(cluster, parallel, cancellation);
        return await Run(session, experiment, journal, console, "runs", cancellation);
    }

    /// <summary>Runs what the journal lacks on an open session.</summary>
    /// <param name="label">what the progress bar calls this batch (e.g. "generation 2")</param>
    public static async Task<ExperimentReport> Run(GrainSession session, PreparedExperiment experiment, ExperimentJournal journal,
        IAnsiConsole console, string label, CancellationToken cancellation)
    {
        var finished = journal.Finished();
        var todo = Enumerable.Range(0, experiment.Plan.RunCount).Where(r => !finished.Contains(r)).ToArray();
        if (todo.Length == 0) return new ExperimentReport(0, finished.Count, TimeSpan.Zero, session.Silos, session.Parallel, session.Hosting);
        // Two runs queued per slot, so a silo never idles while the next order travels to it.
        var spec = new ExperimentSpec(experiment.Fingerprint[..16], experiment.PointJson, experiment.Plan.Replications,
            experiment.Plan.FirstSeed, Window: 2 * session.Parallel * Math.Max(1, session.Silos));
        var driver = new ExperimentDriver(session.Grains)
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
                var bar = context.AddTask(Describe(label, finished.Count, experiment.Plan.RunCount, 0), maxValue: experiment.Plan.RunCount);
                bar.Value = finished.Count;
                await driver.Run(spec, todo, payload =>
                {
                    journal.Save(payload);
                    done++;
                    bar.Increment(1);
                    bar.Description = Describe(label, finished.Count + done, experiment.Plan.RunCount, done / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
                }, cancellation);
            });
        return new ExperimentReport(done, finished.Count, clock.Elapsed, session.Silos, session.Parallel, session.Hosting);
    }

    private static string Describe(string label, int done, int total, double rate) => Markup.Escape($"{label} {done}/{total} · {rate:0.0} runs/s");
}
