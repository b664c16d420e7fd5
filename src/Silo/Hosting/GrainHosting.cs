using Microsoft.Extensions.Hosting;
using WijkSim.Silo.Cluster;

namespace WijkSim.Silo.Hosting;

/// <summary>Where a command's grains run: an embedded silo in this process (no <c>--cluster</c>, nothing
/// to set up), or a running cluster that this process joins as an Orleans client.</summary>
public static class GrainHosting
{
    /// <summary>Checks the cluster's database first (a clear error within seconds, not a hang).</summary>
    public static async Task Configure(IHostApplicationBuilder builder, ClusterChoice? cluster, bool dashboard, TelemetryExport telemetry,
        int? parallelRuns = null, CancellationToken cancellation = default)
    {
        if (cluster is null)
        {
            EmbeddedSilo.Configure(builder, dashboard, telemetry, parallelRuns);
            return;
        }
        await ClusterClient.Preflight(cluster, cancellation);
        ClusterClient.Configure(builder, cluster, dashboard);
        Telemetry.Add(builder.Services, telemetry);
    }

    /// <summary>How the manifest names the hosting.</summary>
    public static string Describe(ClusterChoice? cluster) =>
        cluster is null ? "embedded silo" : $"cluster '{cluster.ClusterId}' ({cluster.Database.Describe})";
}
