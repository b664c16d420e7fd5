namespace WijkSim.Grains.Contracts;

/// <summary>Splits an experiment into Run grains spread over the cluster and streams back each run as
/// it finishes (key: experiment id and attempt). A run that fails (its silo died) is redone with the
/// same seed on another activation, so the results equal those of a fault-free experiment.</summary>
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Runs the listed runs; yields them in the order they finish.</summary>
    IAsyncEnumerable<RunPayload> Execute(ExperimentSpec spec, int[] runs, CancellationToken cancellation = default);
}

/// <summary>One kernel run: one design point and one seed (key: experiment id, run and attempt).</summary>
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>A run of a large scenario can take minutes; the default 30 s response timeout is for chatty calls.</summary>
    [ResponseTimeout("02:00:00")]
    Task<RunPayload> Execute(int run, string configJson, ulong seed);
}
