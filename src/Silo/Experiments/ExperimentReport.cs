namespace WijkSim.Silo.Experiments;

/// <summary>How an experiment's execution went (for the manifest and the closing line).</summary>
/// <param name="RunsNow">runs executed in this invocation</param>
/// <param name="RunsResumed">runs found finished in the journal from an earlier, interrupted invocation</param>
/// <param name="Silos">active silos when the experiment started (0 when nothing had to run)</param>
/// <param name="ParallelPerSilo">kernel runs at once per silo</param>
/// <param name="Hosting">"embedded silo" or the cluster used</param>
public sealed record ExperimentReport(int RunsNow, int RunsResumed, TimeSpan Wall, int Silos, int ParallelPerSilo, string Hosting)
{
    public double RunsPerSecond => RunsNow / Math.Max(Wall.TotalSeconds, 1e-9);
}
