using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Live;

public sealed class TelemetryTests(OneSiloCluster fixture) : IClassFixture<OneSiloCluster>
{
    [Fact]
    public async Task The_wijksim_meter_reports_weeks_resident_weeks_and_grain_calls()
    {
        var totals = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LiveMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => totals.AddOrUpdate(i.Name, value, (_, v) => v + value));
        listener.SetMeasurementEventCallback<double>((i, value, _, _) => totals.AddOrUpdate(i.Name, value, (_, v) => v + value));
        listener.Start();

        var scenario = ScenarioLoader.Load(Repo.Scenario("baseline.yaml"));
        var clock = fixture.Cluster.Client.GetGrain<ISimulationGrain>($"otel-{Guid.NewGuid():N}");
        await clock.Create(LiveRuns.Spec(scenario, 1));
        await clock.Step(3);

        Assert.True(totals.GetValueOrDefault("wijksim.weeks") >= 3);
        Assert.True(totals.GetValueOrDefault("wijksim.resident_weeks") >= 3 * 2000);
        Assert.True(totals.GetValueOrDefault("wijksim.grain_calls_per_week") >= 3 * 2000);
        Assert.True(totals.GetValueOrDefault("wijksim.week.duration") > 0);
    }
}
