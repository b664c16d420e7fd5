using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Dashboard;
using WijkSim.Silo.Commands;
using WijkSim.Silo.Hosting;

namespace WijkSim.Silo.Cluster;

/// <summary>A command that uses a running cluster as an Orleans client (Microsoft.Orleans.Client): it
/// finds the silos' gateways in the membership table and sends its grain calls through them.</summary>
public static class ClusterClient
{
    public static void Configure(IHostApplicationBuilder builder, ClusterChoice cluster, bool dashboard)
    {
        HostLogs.Configure(builder.Logging);
        // With every silo gone the gateway manager warns several times a second (~2,300 lines in 90 s,
        // issue 16); the API's answers and one line a minute (Web/ClusterUnavailable.cs) say it instead.
        builder.Logging.AddFilter("Orleans.Messaging.GatewayManager", LogLevel.Error);
        builder.Logging.AddFilter("Orleans.Runtime.Messaging", LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterDatabase.Invariant;
                o.ConnectionString = cluster.Database.ConnectionString;
            });
            client.Configure<ClusterOptions>(o => { o.ClusterId = cluster.ClusterId; o.ServiceId = ClusterChoice.ServiceId; });
            // Notice a silo that left within seconds, not the default minute.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            if (dashboard) client.AddDashboard();
        });
    }

    /// <summary>Before a client starts: the database answers, holds Orleans' tables, and lists at least
    /// one silo of the cluster. Each failure is one sentence with what to do.</summary>
    public static async Task Preflight(ClusterChoice cluster, CancellationToken cancellation = default)
    {
        await cluster.Database.RequireInitialised(cancellation);
        await cluster.Database.RequireSameBuild(cluster.ClusterId, "--cluster", cancellation);
        if (await cluster.Database.ActiveGateways(cluster.ClusterId, cancellation) == 0)
            throw new UsageError("--cluster", $"no silo of cluster '{cluster.ClusterId}' is running (the {cluster.Database.Describe} lists none); " +
                $"start one with 'wijksim silo --cluster \"…\"'{(cluster.ClusterId == ClusterChoice.DefaultClusterId ? "" : $" --cluster-id {cluster.ClusterId}")}");
    }
}
