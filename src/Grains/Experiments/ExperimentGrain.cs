using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using WijkSim.Grains.Contracts;

namespace WijkSim.Grains.Experiments;

/// <summary>Keeps up to <see cref="ExperimentSpec.Window"/> Run grains busy and yields each finished run.
/// A failed run (its silo died, a call was lost) is started again under a new key, so Orleans places
/// it on a live silo; the same seed gives the same rows.</summary>
public sealed class ExperimentGrain(ILogger<ExperimentGrain> log) : Grain, IExperimentGrain
{
    /// <summary>A run that fails this often is not a lost silo but a fault of its own; stop and say so.</summary>
    private const int MaxAttempts = 4;

    public async IAsyncEnumerable<RunPayload> Execute(ExperimentSpec spec, int[] runs, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var waiting = new Queue<int>(runs);
        var inFlight = new Dictionary<Task<RunPayload>, (int Run, int Attempt)>();
        while (waiting.Count > 0 || inFlight.Count > 0)
        {
            while (inFlight.Count < spec.Window && waiting.TryDequeue(out int next))
                inFlight[Start(spec, next, 0)] = (next, 0);
            var done = await Task.WhenAny(inFlight.Keys).WaitAsync(cancellation);
            var (run, attempt) = inFlight[done];
            inFlight.Remove(done);
            if (done.IsCompletedSuccessfully)
            {
                yield return done.Result;
                continue;
            }
            var error = done.Exception?.GetBaseException();
            if (attempt + 1 >= MaxAttempts)
                throw new InvalidOperationException($"run {run} failed {MaxAttempts} times; last error: {error?.Message}", error);
            log.LogWarning("Run {Run} failed ({Error}); starting it again (attempt {Attempt})", run, error?.Message, attempt + 2);
            await Task.Delay(TimeSpan.FromMilliseconds(250 * (attempt + 1)), cancellation); // let membership notice a dead silo
            inFlight[Start(spec, run, attempt + 1)] = (run, attempt + 1);
        }
    }

    private Task<RunPayload> Start(ExperimentSpec spec, int run, int attempt)
    {
        // A new key per attempt ("experiment/run/attempt"): a retry must not wait on an activation the
        // directory still places on a dead silo. RunGrain reads the attempt back from the key.
        var grain = GrainFactory.GetGrain<IRunGrain>($"{this.GetPrimaryKeyString()}/{run}/{attempt}");
        return grain.Execute(run, spec.PointConfigs[spec.PointOf(run)], spec.SeedOf(run));
    }
}
