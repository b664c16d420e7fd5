using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using WijkSim.Model.Config;

namespace WijkSim.Grains.Live;

/// <summary>WijkSim's own OpenTelemetry instruments (meter "WijkSim"): weeks and resident-weeks
/// simulated, grain calls per week, week duration, and the phase of each initiative.</summary>
public sealed class LiveMetrics : IDisposable
{
    public const string MeterName = "WijkSim";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _weeks;
    private readonly Counter<long> _residentWeeks;
    private readonly Histogram<long> _callsPerWeek;
    private readonly Histogram<double> _weekSeconds;
    private readonly ConcurrentDictionary<(string Session, string Initiative), Phase> _phases = new();
    private double _lastWeekSeconds;

    public LiveMetrics()
    {
        _weeks = _meter.CreateCounter<long>("wijksim.weeks", "{week}", "weeks simulated");
        _residentWeeks = _meter.CreateCounter<long>("wijksim.resident_weeks", "{resident-week}", "resident-weeks simulated");
        _callsPerWeek = _meter.CreateHistogram<long>("wijksim.grain_calls_per_week", "{call}", "grain calls the clock caused in one week");
        _weekSeconds = _meter.CreateHistogram<double>("wijksim.week.duration", "s", "wall time of one simulated week");
        _meter.CreateObservableGauge("wijksim.initiatives.by_phase", ObservePhases, "{initiative}", "initiatives in each phase");
        _meter.CreateObservableGauge("wijksim.weeks_per_second", () => _lastWeekSeconds > 0 ? 1.0 / _lastWeekSeconds : 0.0,
            "{week}/s", "simulation speed at the last simulated week (the clock's own pace, before any speed setting)");
    }

    public void WeekSimulated(int residents, long calls, double seconds)
    {
        _weeks.Add(1);
        _residentWeeks.Add(residents);
        _callsPerWeek.Record(calls);
        _weekSeconds.Record(seconds);
        _lastWeekSeconds = seconds;
    }

    public void Phase(string session, string initiative, Phase phase) => _phases[(session, initiative)] = phase;

    private IEnumerable<Measurement<int>> ObservePhases() =>
        _phases.Values.GroupBy(p => p).Select(g => new Measurement<int>(g.Count(), new KeyValuePair<string, object?>("phase", g.Key.ToString().ToLowerInvariant())));

    public void Dispose() => _meter.Dispose();
}
