using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Scenarios;

namespace WijkSim.Silo.Hosting;

/// <summary><c>wijksim run --mode live</c>: the same run through grains on an embedded silo.</summary>
public static class LiveRun
{
    public static async Task<RunResult> Execute(LoadedScenario scenario, ModelConfig config, ulong seed, int weeks)
    {
        var builder = Host.CreateApplicationBuilder();
        EmbeddedSilo.Configure(builder, dashboard: false, TelemetryExport.None);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var clock = host.Services.GetRequiredService<IGrainFactory>().GetGrain<ISimulationGrain>("run");
            await clock.Create(new SessionSpec("run", ModelConfigJson.Serialize(config), seed, scenario.Path, scenario.Sha256));
            await clock.RunWeeks(weeks);
            return await LiveResults.Fetch(clock, config, seed);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
