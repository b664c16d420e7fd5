using WijkSim.Grains.Contracts;
using WijkSim.Model.Build;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Live;

/// <summary>This silo's copy of one session's world. The fixed structure (traits, network, reach) is
/// built from the configuration and seed, identical on every silo; the changing state arrives each
/// phase as a snapshot. One replica per silo and session is what makes the weekly snapshot shared
/// per silo: every resident grain on the silo reads the same arrays instead of getting a copy.</summary>
public sealed class Replica(World world)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _residentsInstalledFor = -1;

    public World World { get; } = world;

    /// <summary>True once the snapshot for the residents of <paramref name="week"/> is installed.</summary>
    public bool ReadyForResidents(int week) => Volatile.Read(ref _residentsInstalledFor) == week;

    /// <summary>Installs the state residents read in <paramref name="s"/>'s week, once per week:
    /// several partitions on this silo bring the same snapshot.</summary>
    public async Task InstallForResidents(WeekSnapshot s)
    {
        await _gate.WaitAsync();
        try
        {
            if (_residentsInstalledFor == s.Week) return;
            WorldCodec.DecodeInstitutions(World, s.Institutions);
            WorldCodec.DecodeResidents(World, World.Now, 0, World.Residents, s.Residents);
            Volatile.Write(ref _residentsInstalledFor, s.Week);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs an institution or initiative phase alone on this replica: several such grains
    /// may share the silo, and each decodes the whole institution state before it works.</summary>
    public async Task<byte[]> Exclusive(Func<World, byte[]> phase)
    {
        await _gate.WaitAsync();
        try
        {
            Volatile.Write(ref _residentsInstalledFor, -1);
            return phase(World);
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>The replicas on this silo, by session id (a singleton service).</summary>
public sealed class ReplicaCache
{
    private readonly Dictionary<string, Lazy<Replica>> _replicas = [];
    private readonly Lock _lock = new();

    public Replica Get(SessionSpec spec)
    {
        Lazy<Replica> lazy;
        lock (_lock)
        {
            if (!_replicas.TryGetValue(spec.SessionId, out lazy!))
            {
                lazy = new Lazy<Replica>(() => new Replica(WorldBuilder.Build(ModelConfigJson.Deserialize(spec.ConfigJson), spec.Seed)));
                _replicas[spec.SessionId] = lazy;
            }
        }
        return lazy.Value;
    }

    /// <summary>The replica a partition on this silo has already created, or null.</summary>
    public Replica? Find(string sessionId)
    {
        lock (_lock) return _replicas.TryGetValue(sessionId, out var lazy) && lazy.IsValueCreated ? lazy.Value : null;
    }

    /// <summary>Forgets a session's replica (after a reset: the session id is reused with a new world).</summary>
    public void Drop(string sessionId)
    {
        lock (_lock) _replicas.Remove(sessionId);
    }
}
