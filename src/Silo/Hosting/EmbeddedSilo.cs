using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using WijkSim.Grains.Live;

namespace WijkSim.Silo.Hosting;

/// <summary>The default hosting: one silo in this process, localhost clustering on free ports,
/// in-memory grain storage. Nothing to set up.</summary>
public static class EmbeddedSilo
{
    /// <param name="parallelRuns">an experiment's kernel runs at once on this silo (default: one per core)</param>
    public static void Configure(IHostApplicationBuilder builder, bool dashboard, TelemetryExport telemetry, int? parallelRuns = null)
    {
        HostLogs.Configure(builder.Logging);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: FreePorts.Next());
            silo.Configure<ClusterOptions>(o => { o.ClusterId = "wijksim"; o.ServiceId = "wijksim"; });
            silo.AddMemoryGrainStorageAsDefault();
            silo.AddActivityPropagation();
            silo.Services.AddWijkSimGrains(parallelRuns);
            if (dashboard) silo.AddDashboard();
        });
        Telemetry.Add(builder.Services, telemetry);
    }
}
