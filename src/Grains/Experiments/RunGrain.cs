using Orleans.Placement;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Experiments;

/// <summary>Runs the kernel for one design point and seed. Placed on the silo with the fewest
/// activations (of two picked at random), which spreads an experiment's runs over every silo.</summary>
[ActivationCountBasedPlacement]
public sealed class RunGrain(RunThrottle throttle) : Grain, IRunGrain
{
    public async Task<RunPayload> Execute(int run, string configJson, ulong seed)
    {
        var config = ModelConfigJson.Deserialize(configJson);
        var records = await throttle.Run(() => KernelRun.Run(config, seed).Records);
        DeactivateOnIdle(); // one run per activation: nothing is worth keeping in memory
        return new RunPayload(run, WeeklyRecordCodec.Encode(records), RuntimeIdentity);
    }
}
