using WijkSim.Grains.Contracts;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Grains.Live;

/// <summary>The municipality: takes the facilitator's lever changes (validated, applied from the next
/// week boundary) and runs its weekly phase (<see cref="MunicipalityStep"/>) on this silo's replica.</summary>
public sealed class MunicipalityGrain(ReplicaCache replicas) : Grain, IMunicipalityGrain
{
    private SessionSpec? _spec;
    private ModelConfig? _config;
    private int _nextWeek;
    private readonly List<LeverRecord> _pending = [];

    public Task Init(SessionSpec spec, int week)
    {
        _spec = spec;
        _config = ModelConfigJson.Deserialize(spec.ConfigJson);
        _nextWeek = week;
        _pending.Clear();
        return Task.CompletedTask;
    }

    public Task<LeverOutcome> ChangeLever(LeverChange change)
    {
        if (_config is null) return Task.FromResult(new LeverOutcome(null, "session", "no simulation is loaded"));
        try
        {
            var e = LeverValidator.ToEvent(_config, _nextWeek, change.Lever, change.Initiative, change.Value, change.Stance, change.Schedule, change.By);
            var record = new LeverRecord(_nextWeek, e.Date.ToString("yyyy-MM-dd"), change);
            _pending.Add(record);
            return Task.FromResult(new LeverOutcome(record, null, null));
        }
        catch (LeverError error)
        {
            return Task.FromResult(new LeverOutcome(null, error.Field, error.Message));
        }
    }

    public Task<LeverRecord[]> TakePending(int week)
    {
        var taken = _pending.Select(r => r with { Week = week, Date = _config!.DateOf(week).ToString("yyyy-MM-dd") }).ToArray();
        _pending.Clear();
        _nextWeek = week + 1;
        return Task.FromResult(taken);
    }

    public Task<byte[]> Step(SessionSpec spec, byte[] institutions) =>
        replicas.Get(spec).Exclusive(w =>
        {
            WorldCodec.DecodeInstitutions(w, institutions);
            MunicipalityStep.Step(w, w.Week);
            return WorldCodec.EncodeInstitutions(w);
        });
}
