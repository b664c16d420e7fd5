using WijkSim.Grains.Contracts;
using WijkSim.Model.Build;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Live;

/// <summary>This silo's copy of one session's world. The fixed structure (traits, network, reach) is
/// built from the configuration and seed, identical on every silo; the changing state arrives each
/// phase as a snapshot. One replica per silo and session is what makes the weekly snapshot shared
/// per silo: every resident grain on the silo reads the same arrays instead of getting a copy.</summary>
/// <remarks>After a silo dies, Orleans may briefly run two activations of a grain: an old clock next
/// to its successor, or a partition next to a new one. Two guards keep that from mixing weeks:
/// every call carries the clock's epoch (<see cref="SessionSpec.Epoch"/>, raised by each new clock
/// activation) and calls of an older epoch are refused; and a resident only steps for the partition
/// activation that installed the week on its silo (its token), because it writes its result into
/// this silo's copy, where only that partition reads it.</remarks>
public sealed class Replica(World world)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _epoch;
    private int _residentsInstalledFor = -1;
    /// <summary>Tokens of the partition activations that stepped residents from here this week (copy on write).</summary>
    private long[] _partitions = [];

    public World World { get; } = world;

    /// <summary>True when a resident may decide <paramref name="week"/> here for the partition with
    /// <paramref name="partition"/> as token: the week is installed and that partition runs on this silo.</summary>
    public bool ReadyFor(int week, long partition) =>
        Volatile.Read(ref _residentsInstalledFor) == week && Array.IndexOf(Volatile.Read(ref _partitions), partition) >= 0;

    /// <summary>Installs the state residents read in <paramref name="s"/>'s week, once per week and
    /// epoch (several partitions on this silo bring the same snapshot), and records the partition.</summary>
    public async Task InstallForResidents(int epoch, WeekSnapshot s, long partition)
    {
        await _gate.WaitAsync();
        try
        {
            Admit(epoch);
            if (_residentsInstalledFor != s.Week)
            {
                Volatile.Write(ref _residentsInstalledFor, -1);
                Volatile.Write(ref _partitions, []);
                WorldCodec.DecodeInstitutions(World, s.Institutions);
                WorldCodec.DecodeResidents(World, World.Now, 0, World.Residents, s.Residents);
                Volatile.Write(ref _residentsInstalledFor, s.Week);
            }
            if (Array.IndexOf(_partitions, partition) < 0) Volatile.Write(ref _partitions, [.. _partitions, partition]);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs an institution or initiative phase alone on this replica: several such grains
    /// may share the silo, and each decodes the whole institution state before it works.</summary>
    public async Task<byte[]> Exclusive(int epoch, Func<World, byte[]> phase)
    {
        await _gate.WaitAsync();
        try
        {
            Admit(epoch);
            Volatile.Write(ref _residentsInstalledFor, -1);
            return phase(World);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Refuses a call of an older clock; a newer clock makes everything installed stale.</summary>
    private void Admit(int epoch)
    {
        if (epoch < _epoch)
            throw new StaleClockException($"a call of clock epoch {epoch} after epoch {_epoch}: an older activation of the clock is still running; it stops");
        if (epoch > _epoch)
        {
            _epoch = epoch;
            Volatile.Write(ref _residentsInstalledFor, -1);
        }
    }
}

/// <summary>A call from a clock activation that a newer one has replaced.</summary>
public sealed class StaleClockException(string message) : InvalidOperationException(message);

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
