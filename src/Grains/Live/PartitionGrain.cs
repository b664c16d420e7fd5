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

    private IResidentGrain[] _residents = [];
    private (string Session, int From) _range = ("", -1);

    public async Task<byte[]> Step(SessionSpec spec, WeekSnapshot beforeResidents, int from, int to)
    {
        var replica = replicas.Get(spec);
        await replica.InstallForResidents(beforeResidents);
        var residents = References(spec.SessionId, from, to);
        var tasks = new List<Task>(Math.Min(Batch, residents.Length));
        for (int start = 0; start < residents.Length; start += Batch)
        {
            tasks.Clear();
            for (int r = start; r < Math.Min(residents.Length, start + Batch); r++) tasks.Add(residents[r].Step(beforeResidents.Week));
            await Task.WhenAll(tasks);
        }
        return WorldCodec.EncodeResidents(replica.World, replica.World.Next, from, to);
    }

    /// <summary>Grain references are made once per range, not once per resident per week.</summary>
    private IResidentGrain[] References(string session, int from, int to)
    {
        if (_range == (session, from) && _residents.Length == to - from) return _residents;
        _residents = new IResidentGrain[to - from];
        for (int i = from; i < to; i++) _residents[i - from] = GrainFactory.GetGrain<IResidentGrain>(GrainKeys.Of(session, i));
        _range = (session, from);
        return _residents;
    }
}
