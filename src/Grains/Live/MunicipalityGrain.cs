using Orleans.Runtime;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Live;

/// <summary>The municipality: takes the facilitator's lever changes (validated, applied from the next
/// week boundary) and runs its weekly phase (<see cref="MunicipalityStep"/>) on this silo's replica.
/// Accepted changes are persisted (grain storage) until the clock has applied them, so a change made
/// just before a silo dies is not lost.</summary>
public sealed class MunicipalityGrain(ReplicaCache replicas,
    [PersistentState("municipality")] IPersistentState<MunicipalitySnapshot> saved) : Grain, IMunicipalityGrain
{
    private ModelConfig? _config;

    private MunicipalitySnapshot State => saved.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (State.Spec is { } spec) _config = ModelConfigJson.Deserialize(spec.ConfigJson);
        return Task.CompletedTask;
    }

    public async Task Init(SessionSpec spec, int week)
    {
        _config = ModelConfigJson.Deserialize(spec.ConfigJson);
        saved.State = new MunicipalitySnapshot { Spec = spec, NextWeek = week };
        await saved.WriteStateAsync();
    }

    public async Task<LeverOutcome> ChangeLever(LeverChange change)
    {
        if (_config is null) return new LeverOutcome(null, "session", "no simulation is loaded");
        try
        {
            var e = LeverValidator.ToEvent(_config, State.NextWeek, change.Lever, change.Initiative, change.Value, change.Stance, change.Schedule, change.By);
            var record = new LeverRecord(State.NextWeek, e.Date.ToString("yyyy-MM-dd"), change);
            State.Pending.Add(new NumberedLever(++State.NextSequence, record));
            await saved.WriteStateAsync();
            return new LeverOutcome(record, null, null);
        }
        catch (LeverError error)
        {
            return new LeverOutcome(null, error.Field, error.Message, error.Code, error.Args);
        }
    }

    public async Task<PendingLevers> TakePending(int week, long appliedUpTo)
    {
        int forgotten = State.Pending.RemoveAll(p => p.Sequence <= appliedUpTo);
        // The week is kept in memory only: after a restart it is one week behind until the clock's next
        // call, which only affects the date a change is shown with before it is applied.
        State.NextWeek = week + 1;
        if (forgotten > 0) await saved.WriteStateAsync();
        string date = _config!.DateOf(week).ToString("yyyy-MM-dd");
        var taken = State.Pending.Select(p => p.Record with { Week = week, Date = date }).ToArray();
        return new PendingLevers(taken, State.Pending.Count > 0 ? State.Pending[^1].Sequence : appliedUpTo);
    }

    /// <summary>The session closed: its saved lever changes go, and so does this silo's world copy.</summary>
    public async Task Retire()
    {
        await saved.ClearStateAsync();
        replicas.Drop(this.GetPrimaryKeyString());
        DeactivateOnIdle();
    }

    public Task<byte[]> Step(SessionSpec spec, byte[] institutions) =>
        replicas.Get(spec).Exclusive(spec.Epoch, w =>
        {
            WorldCodec.DecodeInstitutions(w, institutions);
            MunicipalityStep.Step(w, w.Week);
            return WorldCodec.EncodeInstitutions(w);
        });
}

/// <summary>What the municipality persists: the session, and the accepted changes not yet applied.</summary>
[GenerateSerializer]
public sealed class MunicipalitySnapshot
{
    [Id(0)] public SessionSpec? Spec { get; set; }
    [Id(1)] public int NextWeek { get; set; }
    [Id(2)] public long NextSequence { get; set; }
    [Id(3)] public List<NumberedLever> Pending { get; set; } = [];
}

/// <summary>An accepted lever change with its number (see <see cref="PendingLevers"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record NumberedLever([property: Id(0)] long Sequence, [property: Id(1)] LeverRecord Record);
