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
    public static void Configure(IHostApplicationBuilder builder, bool dashboard, TelemetryExport telemetry)
    {
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: FreePorts.Next());
            silo.Configure<ClusterOptions>(o => { o.ClusterId = "wijksim"; o.ServiceId = "wijksim"; });
            silo.AddMemoryGrainStorageAsDefault();
            silo.AddActivityPropagation();
            silo.Services.AddWijkSimGrains();
            if (dashboard) silo.AddDashboard();
        });
        Telemetry.Add(builder.Services, telemetry);
    }
}
