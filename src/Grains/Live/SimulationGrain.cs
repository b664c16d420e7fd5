using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Storage;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Live;

/// <summary>The clock. Holds the authoritative world of the session and, each week, hands every phase
/// to the grain that owns it with a barrier (await) in between, in the kernel's order
/// (<see cref="WeeklyStep"/>). Results are bit-identical to the kernel because every phase runs the
/// same code on the same bits: the state travels as raw bytes, draws are keyed, sums are in id order.
/// After every completed week (in a cluster; see <see cref="ClockDurability"/>) the clock persists its
/// state (<see cref="ClockSnapshot"/>). If a silo
/// dies, the clock (if it was there) reactivates on another silo from the last completed week, and a
/// week that failed half-way (a partition's silo died) is undone and done again: the run goes on to the
/// same bits as a run without the fault.</summary>
public sealed class SimulationGrain(LiveMetrics metrics, ReplicaCache replicas, ILogger<SimulationGrain> log, ClockDurability durability,
    [PersistentState("clock")] IPersistentState<ClockSnapshot> saved) : Grain, ISimulationGrain
{
    public const double MinSpeed = 0.1, MaxSpeed = 100;

    private SessionSpec? _spec;
    private ModelConfig? _config;
    private World? _world;
    private readonly List<WeeklyRecord> _records = [];
    private readonly List<LeverRecord> _levers = [];
    private int _partitions = 1;
    private bool _running;
    /// <summary>The week after which a running clock pauses by itself (RunUntil), or -1; saved with the clock.</summary>
    private int _pauseAtWeek = -1;
    private double _speed = 2;
    private IGrainTimer? _timer;
    private long _callsLastWeek;
    private double _lastWeekMs;
    private long _leversAppliedUpTo;
    private int? _failedWeek;
    /// <summary>The snapshot storage holds: what the clock goes back to when a week cannot be saved.</summary>
    private ClockSnapshot? _lastSaved;

    private string Session => this.GetPrimaryKeyString();

    /// <summary>A session persisted by an earlier activation (on this or a lost silo) continues from its
    /// last completed week, running again if it was running.</summary>
    /// <summary>Deactivated or moved (not crashed): the state goes along from the current week.</summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_spec is not null && !durability.EveryWeek) await Save();
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (saved.State.Spec is null) return;
        _lastSaved = saved.State;
        Restore(saved.State);
        // A new epoch, persisted before any call goes out: replicas then refuse the calls of an older
        // activation that may still run (its silo only looked dead), and its next write fails.
        _spec = _spec! with { Epoch = _spec.Epoch + 1 };
        await Save();
        log.LogInformation("Session {Session} restored at week {Week} on this silo (epoch {Epoch})", Session, _world!.Week, _spec.Epoch);
        if (_running) StartTimer();
    }

    public async Task<ClockState> Create(SessionSpec spec)
    {
        _spec = spec with { SessionId = Session, Epoch = (saved.State.Spec?.Epoch ?? 0) + 1 };
        _config = ModelConfigJson.Deserialize(spec.ConfigJson);
        _world = WorldBuilder.Build(_config, spec.Seed);
        _records.Clear();
        _levers.Clear();
        _leversAppliedUpTo = 0;
        _failedWeek = null;
        _running = false;
        StopTimer();
        replicas.Drop(Session);
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        // Two partitions per silo: each silo gets work even when random placement is uneven.
        _partitions = Math.Max(1, Math.Min(2 * hosts.Count, _world.Residents));
        await GrainFactory.GetGrain<IMunicipalityGrain>(Session).Init(_spec, 0);
        await Save();
        return State();
    }

    public Task<ClockState> GetState() => Task.FromResult(State());

    public Task<SessionSpec> GetSpec() => Task.FromResult(Spec);

    public async Task<ClockState> Start()
    {
        _ = World;
        _running = true;
        StartTimer();
        await Save();
        return State();
    }

    public async Task<ClockState> RunUntil(int week)
    {
        if (week <= World.Week || week > _config!.Weeks)
            throw new ArgumentOutOfRangeException(nameof(week), $"expected a week after the current week {World.Week} and at most the horizon {_config!.Weeks}, found {week}");
        _pauseAtWeek = week;
        return await Start();
    }

    public async Task<ClockState> Pause()
    {
        _pauseAtWeek = -1;
        _running = false;
        StopTimer();
        await Save();
        return State();
    }

    public async Task<ClockState> Step(int weeks)
    {
        if (weeks < 1) throw new ArgumentOutOfRangeException(nameof(weeks), "expected at least one week");
        for (int n = 0; n < weeks && World.Week < _config!.Weeks; n++) await StepOne();
        return State();
    }

    public async Task<ClockState> SetSpeed(double weeksPerSecond)
    {
        if (!double.IsFinite(weeksPerSecond) || weeksPerSecond < MinSpeed || weeksPerSecond > MaxSpeed)
            throw new ArgumentOutOfRangeException(nameof(weeksPerSecond), $"expected a speed from {MinSpeed} to {MaxSpeed} weeks per second, found {weeksPerSecond}");
        _speed = weeksPerSecond;
        if (_running) StartTimer();
        await Save();
        return State();
    }

    public async Task<ClockState> Reset()
    {
        bool wasRunning = _running;
        await Create(Spec);
        if (wasRunning) await Start();
        return State();
    }

    public async Task Close()
    {
        _running = false;
        StopTimer();
        if (_world is { } w)
        {
            int N = w.Residents;
            var parts = new List<Task>();
            for (int p = 0; p < _partitions; p++)
            {
                var (from, to) = PartitionRange(p, N);
                parts.Add(GrainFactory.GetGrain<IPartitionGrain>(GrainKeys.Of(Session, p)).Retire(from, to));
            }
            for (int f = 0; f < w.Config.Funders.Count; f++) parts.Add(GrainFactory.GetGrain<IFunderGrain>(GrainKeys.Of(Session, f)).Retire());
            for (int k = 0; k < w.InitiativeCount; k++) parts.Add(GrainFactory.GetGrain<IInitiativeGrain>(GrainKeys.Of(Session, k)).Retire());
            parts.Add(GrainFactory.GetGrain<IMunicipalityGrain>(Session).Retire());
            await Task.WhenAll(parts);
        }
        replicas.Drop(Session);
        await saved.ClearStateAsync();
        _world = null;
        _spec = null;
        _records.Clear();
        _levers.Clear();
        DeactivateOnIdle();
    }

    /// <summary>The residents partition <paramref name="p"/> steps: contiguous, in id order, all N covered.</summary>
    private (int From, int To) PartitionRange(int p, int residents) => (residents * p / _partitions, residents * (p + 1) / _partitions);

    public Task<RecordsPage> GetRecords(int fromWeek)
    {
        int K = World.InitiativeCount;
        int from = Math.Clamp(fromWeek, 0, World.Week);
        var span = CollectionsMarshal.AsSpan(_records)[(from * K)..];
        return Task.FromResult(new RecordsPage(from, World.Week, MemoryMarshal.AsBytes(span).ToArray()));
    }

    public Task<LeverRecord[]> GetLeverLog() => Task.FromResult(_levers.ToArray());

    public Task<NetworkView> GetNetwork()
    {
        var network = World.Network;
        var edges = new List<int>(network.Neighbours.Length);
        for (int a = 0; a < network.Count; a++)
            foreach (int b in network.Of(a))
                if (a < b) { edges.Add(a); edges.Add(b); }
        return Task.FromResult(new NetworkView(network.Count, [.. edges]));
    }

    public Task<byte[]> GetRoles()
    {
        var w = World;
        int K = w.InitiativeCount;
        var roles = new byte[w.Residents];
        var now = w.Now.Role;
        for (int i = 0; i < roles.Length; i++)
            for (int k = 0; k < K; k++) roles[i] = Math.Max(roles[i], (byte)now[i * K + k]);
        return Task.FromResult(roles);
    }

    private SessionSpec Spec => _spec ?? throw new InvalidOperationException($"session '{Session}' has no scenario: call Create first");
    private World World => _world ?? throw new InvalidOperationException($"session '{Session}' has no scenario: call Create first");

    /// <summary>One week, persisted once complete. A week that fails (a silo died under one of its
    /// phases) leaves the world half-changed, so the clock goes back to the last persisted week before
    /// the error reaches the caller; the next attempt redoes the week from there.</summary>
    private async Task StepOne()
    {
        if (_failedWeek is int failed)
            throw new InvalidOperationException($"week {failed} of session '{Session}' failed; reset the session to go on");
        try
        {
            await SimulateWeek();
        }
        catch (Exception e) when (!durability.EveryWeek)
        {
            // Embedded: no silo to lose, so a failure is a bug, and there is no persisted week to go
            // back to. The clock stops and refuses to go on from a half-changed world.
            log.LogError(e, "Week {Week} of session {Session} failed; the session must be reset", World.Week, Session);
            _failedWeek = World.Week;
            _running = false;
            StopTimer();
            throw;
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Week {Week} of session {Session} failed; back to the last completed week", saved.State.Week, Session);
            await saved.ReadStateAsync();
            if (saved.State.Spec?.Epoch > _spec!.Epoch) Retire();
            else Restore(saved.State);
            throw;
        }
        if (!durability.EveryWeek) return;
        try
        {
            await Save();
        }
        catch (Exception e) when (e is not InconsistentStateException && _lastSaved is not null)
        {
            // Storage is down (PostgreSQL stopped): the week is not kept, so it is not shown either. The clock
            // goes back to the last saved week and the next tick simulates this week again (the same
            // result: the run is deterministic), so no week the page showed can be lost with the silo.
            log.LogWarning("Week {Week} of session {Session} could not be saved ({Error}); back to week {Saved}, to be retried",
                World.Week, Session, e.Message, _lastSaved.Week);
            Restore(_lastSaved);
            throw;
        }
    }

    /// <summary>A newer activation of this clock has taken over (it wrote a later epoch): this one
    /// stops its timer and goes, without writing anything.</summary>
    private void Retire()
    {
        log.LogWarning("Session {Session}: a newer activation of the clock took over; this one (epoch {Epoch}) stops", Session, _spec?.Epoch);
        _running = false;
        StopTimer();
        DeactivateOnIdle();
    }

    private async Task SimulateWeek()
    {
        var clock = Stopwatch.StartNew();
        var spec = Spec;
        var w = World;
        int week = w.Week, K = w.InitiativeCount, N = w.Residents;
        long calls = 0;

        // 1. Lever changes accepted since the last week, then the week's signals and events.
        var municipality = GrainFactory.GetGrain<IMunicipalityGrain>(Session);
        var pending = await municipality.TakePending(week, _leversAppliedUpTo);
        foreach (var lever in pending.Records)
        {
            var c = lever.Change;
            var e = LeverValidator.ToEvent(_config!, week, c.Lever, c.Initiative, c.Value, c.Stance, c.Schedule, c.By);
            w.PendingLevers.Add(ScheduledEvents.From(_config!, e));
            _levers.Add(lever);
        }
        _leversAppliedUpTo = pending.LastSequence;
        WeeklyStep.OpenWeek(w);

        // 2. Institutions, in the kernel's order: the municipality, then each funder.
        var institutions = await municipality.Step(spec, WorldCodec.EncodeInstitutions(w));
        calls += 2;
        for (int f = 0; f < w.FunderCount; f++, calls++)
            institutions = await GrainFactory.GetGrain<IFunderGrain>(GrainKeys.Of(Session, f)).Step(spec, institutions);
        WorldCodec.DecodeInstitutions(w, institutions);

        // 3. Residents, through the partitions, on the snapshot of week t-1.
        var before = new WeekSnapshot(week, institutions, WorldCodec.EncodeResidents(w, w.Now, 0, N));
        var ranges = Enumerable.Range(0, _partitions).Select(p => PartitionRange(p, N)).ToArray();
        var results = await Task.WhenAll(ranges.Select((r, p) =>
            GrainFactory.GetGrain<IPartitionGrain>(GrainKeys.Of(Session, p)).Step(spec, before, r.From, r.To)));
        for (int p = 0; p < ranges.Length; p++) WorldCodec.DecodeResidents(w, w.Next, ranges[p].From, ranges[p].To, results[p]);
        calls += _partitions + N;

        // 4. Initiatives (independent of each other), then the neighbourhood and the swap.
        var after = new WeekSnapshot(week, institutions, WorldCodec.EncodeResidents(w, w.Next, 0, N));
        var closed = await Task.WhenAll(Enumerable.Range(0, K).Select(k =>
            GrainFactory.GetGrain<IInitiativeGrain>(GrainKeys.Of(Session, k)).Close(spec, after)));
        for (int k = 0; k < K; k++) WorldCodec.DecodeInitiative(w, k, closed[k]);
        calls += K;
        WeeklyStep.CloseWeek(w);
        for (int k = 0; k < K; k++) _records.Add(WeeklyRecord.From(w, k, week));

        _callsLastWeek = calls;
        _lastWeekMs = clock.Elapsed.TotalMilliseconds;
        metrics.WeekSimulated(N, calls, clock.Elapsed.TotalSeconds);
        for (int k = 0; k < K; k++) metrics.Phase(Session, _config!.Initiatives[k].Id, w.Initiatives[k].Phase);
        if (w.Week >= _config!.Weeks || (_pauseAtWeek > 0 && w.Week >= _pauseAtWeek))
        {
            _running = false;
            _pauseAtWeek = -1;
            StopTimer();
        }
    }

    private void StartTimer()
    {
        StopTimer();
        var period = TimeSpan.FromSeconds(1.0 / _speed);
        _timer = this.RegisterGrainTimer(async () =>
        {
            // A failed week is logged and undone by StepOne; the next tick tries it again.
            try { if (_running && World.Week < _config!.Weeks) await StepOne(); }
            catch (Exception) { }
        }, new GrainTimerCreationOptions { DueTime = period, Period = period, Interleave = false });
    }

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private ClockState State() => new(Session, _config?.Name ?? "", _spec?.Seed ?? 0, _world?.Week ?? 0, _config?.Weeks ?? 0,
        _running, _speed, _partitions, _callsLastWeek, _lastWeekMs, RuntimeIdentity);

    private async Task Save()
    {
        var w = World;
        var snapshot = new ClockSnapshot
        {
            Spec = Spec, Week = w.Week,
            Institutions = WorldCodec.EncodeInstitutions(w),
            Residents = WorldCodec.EncodeResidents(w, w.Now, 0, w.Residents),
            Records = WeeklyRecordCodec.Encode(CollectionsMarshal.AsSpan(_records)),
            Levers = [.. _levers], LeversAppliedUpTo = _leversAppliedUpTo,
            Running = _running, Speed = _speed, Partitions = _partitions, PauseAtWeek = _pauseAtWeek,
        };
        saved.State = snapshot;
        try
        {
            await saved.WriteStateAsync();
            _lastSaved = snapshot;
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote since this one read: it is newer.
            Retire();
            throw;
        }
        catch when (_lastSaved is not null)
        {
            saved.State = _lastSaved; // what storage holds
            throw;
        }
    }

    /// <summary>Rebuilds the session from a snapshot: a fresh world from configuration and seed (as on
    /// every replica), then the snapshot's changing state, history and levers.</summary>
    private void Restore(ClockSnapshot s)
    {
        _spec = s.Spec!;
        _config = ModelConfigJson.Deserialize(_spec.ConfigJson);
        _world = WorldBuilder.Restore(_config, _spec.Seed, s.Institutions, s.Residents);
        _records.Clear();
        _records.AddRange(WeeklyRecordCodec.Decode(s.Records));
        _levers.Clear();
        _levers.AddRange(s.Levers);
        _leversAppliedUpTo = s.LeversAppliedUpTo;
        _running = s.Running;
        _pauseAtWeek = s.PauseAtWeek;
        _speed = s.Speed;
        _partitions = s.Partitions;
    }
}
