using WijkSim.Grains.Contracts;
using WijkSim.Model.State;

namespace WijkSim.Grains.Live;

/// <summary>Fans one week out to a range of residents: installs the snapshot once on its silo, calls
/// each resident grain once (in batches, to bound the calls in flight), and returns the residents'
/// new state. Partitions are spread over the silos at random.</summary>
[Orleans.Placement.RandomPlacement]
public sealed class PartitionGrain(ReplicaCache replicas) : Grain, IPartitionGrain
{
    /// <summary>Resident calls in flight at once: enough to keep both cores busy, few enough that no
    /// call waits near the 30-second response timeout even with 100k residents.</summary>
    private const int Batch = 4096;

    public async Task<byte[]> Step(SessionSpec spec, WeekSnapshot beforeResidents, int from, int to)
    {
        var replica = replicas.Get(spec);
        await replica.InstallForResidents(beforeResidents);
        var tasks = new List<Task>(Math.Min(Batch, to - from));
        for (int start = from; start < to; start += Batch)
        {
            tasks.Clear();
            for (int i = start; i < Math.Min(to, start + Batch); i++)
                tasks.Add(GrainFactory.GetGrain<IResidentGrain>(GrainKeys.Of(spec.SessionId, i)).Step(beforeResidents.Week));
            await Task.WhenAll(tasks);
        }
        return WorldCodec.EncodeResidents(replica.World, replica.World.Next, from, to);
    }
}
