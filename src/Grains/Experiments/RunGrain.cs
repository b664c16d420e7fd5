using Orleans.Placement;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Experiments;

/// <summary>Runs the kernel for one design point and seed. Placed on a random silo: runs cost about the
/// same, so random placement spreads them evenly over every silo without waiting for load statistics
/// (activation-count placement, tried first, kept new silos idle until their first statistics arrived).</summary>
[RandomPlacement]
public sealed class RunGrain(RunThrottle throttle) : Grain, IRunGrain
{
    public async Task<RunPayload> Execute(int run, string configJson, ulong seed)
    {
        var config = ModelConfigJson.Deserialize(configJson);
        var records = await throttle.Run(() => KernelRun.Run(config, seed).Records);
        DeactivateOnIdle(); // one run per activation: nothing is worth keeping in memory
        int attempt = int.Parse(this.GetPrimaryKeyString().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return new RunPayload(run, WeeklyRecordCodec.Encode(records), RuntimeIdentity, attempt);
    }
}
