using WijkSim.Grains.Contracts;

namespace WijkSim.Grains.Experiments;

/// <summary>The client side of an experiment: hands the unfinished runs to an Experiment grain and
/// passes every finished run to <c>onRun</c> (which keeps it). If the Experiment grain itself is lost
/// (its silo died), a new one is started for the runs still missing.</summary>
public sealed class ExperimentDriver(IGrainFactory grains)
{
    /// <summary>Attempts in a row that finish no run before the driver gives up.</summary>
    public int MaxBarrenAttempts { get; init; } = 5;

    /// <summary>Told about each failed attempt (to print a warning), with the attempt number.</summary>
    public Action<Exception, int>? OnRetry { get; init; }

    public async Task Run(ExperimentSpec spec, IEnumerable<int> runs, Action<RunPayload> onRun, CancellationToken cancellation)
    {
        var missing = new SortedSet<int>(runs);
        int attempt = 0, barren = 0;
        while (missing.Count > 0)
        {
            var experiment = grains.GetGrain<IExperimentGrain>($"{spec.Id}/{attempt++}");
            bool progressed = false;
            try
            {
                await foreach (var payload in experiment.Execute(spec, [.. missing], cancellation).WithCancellation(cancellation))
                {
                    if (!missing.Remove(payload.Run)) continue; // a duplicate after a retry: the same bytes, already kept
                    onRun(payload);
                    progressed = true;
                }
            }
            catch (Exception e) when (!cancellation.IsCancellationRequested && e is not ExperimentFailedException)
            {
                barren = progressed ? 1 : barren + 1;
                if (barren >= MaxBarrenAttempts)
                    throw new ExperimentFailedException($"the experiment made no progress in {barren} attempts; last error: {e.GetBaseException().Message}", e);
                OnRetry?.Invoke(e, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, barren)), cancellation);
            }
        }
    }
}

/// <summary>The experiment cannot finish (the same runs keep failing).</summary>
public sealed class ExperimentFailedException(string message, Exception inner) : Exception(message, inner);
