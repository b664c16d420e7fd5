using Orleans.Runtime;
using Orleans.Runtime.Placement;
using WijkSim.Grains.Contracts;
using WijkSim.Model.State;

namespace WijkSim.Grains.Live;

/// <summary>Fans one week out to a range of residents: installs the snapshot once on its silo, calls
/// each resident grain once (in batches, to bound the calls in flight), and returns the residents'
/// new state. Partitions are spread over the silos at random.</summary>
[Orleans.Placement.RandomPlacement]
public sealed class PartitionGrain(ReplicaCache replicas, ILocalSiloDetails silo) : Grain, IPartitionGrain
{
    /// <summary>Resident calls in flight at once: enough to keep both cores busy, few enough that no
    /// call waits near the 30-second response timeout even with 100k residents.</summary>
    private const int Batch = 4096;

    /// <summary>Calls to residents that failed (moved, or their silo died) are repeated this often,
    /// 50 ms apart, before the week is given up (the clock then does it again).</summary>
    private const int Retries = 20;

    /// <summary>This activation's token: a resident only steps for the partition activation that
    /// installed the week on the resident's own silo.</summary>
    private readonly long _token = Random.Shared.NextInt64();
    private IResidentGrain[] _residents = [];
    private (string Session, int From) _range = ("", -1);

    public async Task<byte[]> Step(SessionSpec spec, WeekSnapshot beforeResidents, int from, int to)
    {
        var replica = replicas.Get(spec);
        await replica.InstallForResidents(spec.Epoch, beforeResidents, _token);
        int week = beforeResidents.Week;
        var residents = References(spec.SessionId, from, to);
        var tasks = new List<Task>(Math.Min(Batch, residents.Length));
        for (int start = 0; start < residents.Length; start += Batch)
        {
            tasks.Clear();
            int end = Math.Min(residents.Length, start + Batch);
            for (int r = start; r < end; r++) tasks.Add(residents[r].Step(week, _token));
            try
            {
                await Task.WhenAll(tasks);
            }
            catch (Exception)
            {
                await StepHere(Enumerable.Range(start, end - start).Where(r => !tasks[r - start].IsCompletedSuccessfully).Select(r => residents[r]).ToList(), week);
            }
        }
        return WorldCodec.EncodeResidents(replica.World, replica.World.Next, from, to);
    }

    public async Task Retire(int from, int to)
    {
        string session = GrainKeys.Parse(this.GetPrimaryKeyString()).Session;
        var residents = References(session, from, to);
        for (int start = 0; start < residents.Length; start += Batch)
            await Task.WhenAll(residents[start..Math.Min(residents.Length, start + Batch)].Select(r => r.Retire()));
        replicas.Drop(session);
        DeactivateOnIdle();
    }

    /// <summary>Steps residents that failed, with this silo as their placement hint: a resident that is
    /// not next to this partition (after a silo died, or a duplicate activation) migrates here on the
    /// first call and succeeds on a later one; one whose silo died is activated here.</summary>
    private async Task StepHere(List<IResidentGrain> failed, int week)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo.SiloAddress);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                var calls = failed.Select(r => (Resident: r, Call: r.Step(week, _token))).ToList();
                try
                {
                    await Task.WhenAll(calls.Select(c => c.Call));
                    return;
                }
                catch (Exception) when (attempt < Retries)
                {
                    failed = calls.Where(c => !c.Call.IsCompletedSuccessfully).Select(c => c.Resident).ToList();
                    await Task.Delay(50);
                }
            }
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
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
