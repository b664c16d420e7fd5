using WijkSim.Grains.Contracts;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;

namespace WijkSim.Grains.Live;

/// <summary>A funder: runs its own week (<see cref="FunderStep.StepOne"/>) on this silo's replica.</summary>
public sealed class FunderGrain(ReplicaCache replicas) : Grain, IFunderGrain
{
    public Task<byte[]> Step(SessionSpec spec, byte[] institutions)
    {
        int index = GrainKeys.Parse(this.GetPrimaryKeyString()).Index;
        return replicas.Get(spec).Exclusive(spec.Epoch, w =>
        {
            WorldCodec.DecodeInstitutions(w, institutions);
            FunderStep.StepOne(w, index, w.Week);
            return WorldCodec.EncodeInstitutions(w);
        });
    }

    public Task Retire() => SessionParts.Retire(this, replicas);
}

/// <summary>An initiative: closes its week (<see cref="WeeklyStep.CloseInitiative(World, int)"/>) from every
/// resident's result, summed in resident-id order as in the kernel.</summary>
public sealed class InitiativeGrain(ReplicaCache replicas) : Grain, IInitiativeGrain
{
    public Task<byte[]> Close(SessionSpec spec, WeekSnapshot afterResidents)
    {
        int index = GrainKeys.Parse(this.GetPrimaryKeyString()).Index;
        return replicas.Get(spec).Exclusive(spec.Epoch, w =>
        {
            WorldCodec.DecodeInstitutions(w, afterResidents.Institutions);
            WorldCodec.DecodeResidents(w, w.Next, 0, w.Residents, afterResidents.Residents);
            WeeklyStep.CloseInitiative(w, index);
            return WorldCodec.EncodeInitiative(w, index);
        });
    }

    public Task Retire() => SessionParts.Retire(this, replicas);
}
