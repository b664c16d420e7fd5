using WijkSim.Grains.Contracts;
using WijkSim.Model.Kernel;

namespace WijkSim.Grains.Live;

/// <summary>A resident. Activated next to the partition that first calls it (prefer-local placement),
/// so its weekly call stays on one silo and it reads the silo's shared snapshot. It checks that it is
/// there, because its result is written into that silo's copy of the world. It runs the kernel's
/// own <see cref="ResidentStep"/> for its id: no second copy of any rule.</summary>
[Orleans.Placement.PreferLocalPlacement]
public sealed class ResidentGrain(ReplicaCache replicas) : Grain, IResidentGrain
{
    private string _session = "";
    private int _id;
    private int _week = -1;
    private byte[] _roles = [];
    private double[] _trust = [];
    private double _trustMunicipality;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_session, _id) = GrainKeys.Parse(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task Step(int week, long partition)
    {
        var replica = replicas.Find(_session);
        if (replica is null || !replica.ReadyFor(week, partition))
        {
            // Not next to its partition (its silo died and it came back elsewhere, or Orleans briefly
            // had two activations). Its result would be written where the partition does not read it,
            // so it refuses and moves: the partition calls again with its own silo as placement hint,
            // which migration takes along (without a hint, prefer-local would keep it here).
            MigrateOnIdle();
            throw new InvalidOperationException($"resident {_id} of session {_session} is not on the silo of its partition for week {week}; it moves");
        }
        var w = replica.World;
        ResidentStep.Step(w, _id, week);
        // Keep this week's state as the grain's own (reused arrays: nothing allocated per week).
        int K = w.InitiativeCount;
        if (_roles.Length != K) { _roles = new byte[K]; _trust = new double[K]; }
        for (int k = 0; k < K; k++)
        {
            _roles[k] = (byte)w.Next.Role[_id * K + k];
            _trust[k] = w.Next.Trust[_id * K + k];
        }
        _trustMunicipality = w.Next.TrustMunicipality[_id];
        _week = week;
        return Task.CompletedTask;
    }

    public Task Retire() => SessionParts.Retire(this, replicas);

    public Task<ResidentView> GetView() =>
        Task.FromResult(new ResidentView(_id, _week, [.. _roles], [.. _trust], _trustMunicipality));
}
