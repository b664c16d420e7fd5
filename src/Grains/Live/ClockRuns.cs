using WijkSim.Grains.Contracts;

namespace WijkSim.Grains.Live;

/// <summary>Runs a session's clock for many weeks in short calls, so that no call comes near Orleans'
/// 30-second response timeout, however busy the machine is (one call per few weeks, not per run).</summary>
public static class ClockRuns
{
    public const int WeeksPerCall = 4;

    public static async Task<ClockState> RunWeeks(this ISimulationGrain clock, int weeks)
    {
        var state = await clock.GetState();
        for (int done = 0; done < weeks; done += WeeksPerCall) state = await clock.Step(Math.Min(WeeksPerCall, weeks - done));
        return state;
    }
}
