using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;
using WijkSim.Grains.Live;
using WijkSim.Silo.Hosting;

namespace WijkSim.Silo.Cluster;

/// <summary>A silo that joins a cluster: membership in PostgreSQL (Orleans' ADO.NET clustering), grain
/// state in the same database (ADO.NET grain storage), fixed ports so that other machines can reach it.</summary>
public static class ClusterSilo
{
    public static void Configure(IHostApplicationBuilder builder, ClusterChoice cluster, IPAddress advertised, int siloPort, int gatewayPort,
        int? parallelRuns, TelemetryExport telemetry, FailureDetection? failureDetection = null)
    {
        HostLogs.Configure(builder.Logging);
        builder.UseOrleans(silo =>
        {
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ClusterDatabase.Invariant;
                o.ConnectionString = cluster.Database.ConnectionString;
            });
            silo.AddAdoNetGrainStorageAsDefault(options => options.Configure<Serializer>((o, serializer) =>
            {
                o.Invariant = ClusterDatabase.Invariant;
                o.ConnectionString = cluster.Database.ConnectionString;
                // Orleans' binary serializer, not the default JSON: the clock's state is mostly byte arrays.
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            silo.Configure<ClusterOptions>(o => { o.ClusterId = cluster.ClusterId; o.ServiceId = ClusterChoice.ServiceId; });
            silo.Configure<SiloOptions>(o => o.SiloName = BuildId.SiloName);
            // Listen on every address unless the advertised one is loopback (a one-machine cluster).
            silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
            silo.Configure<ClusterMembershipOptions>((failureDetection ?? new FailureDetection()).Apply);
            silo.AddActivityPropagation();
            silo.Services.AddWijkSimGrains(parallelRuns, persistEveryWeek: true);
            silo.Services.AddSingleton<IFatalErrorHandler, RejoinWhenDeclaredDead>();
            silo.AddDashboard();
        });
        Telemetry.Add(builder.Services, telemetry);
    }
}
