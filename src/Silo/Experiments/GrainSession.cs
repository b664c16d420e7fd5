using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Hosting;

namespace WijkSim.Silo.Experiments;

/// <summary>The grains an experiment runs on: an embedded silo started for it, or a cluster joined as a
/// client. Kept open across the batches of a multi-stage method (calibrate, robustness), so that a
/// generation does not pay a silo's start-up.</summary>
public sealed class GrainSession : IAsyncDisposable
{
    private readonly IHost _host;

    private GrainSession(IHost host, IGrainFactory grains, int silos, string hosting, int parallel)
    {
        _host = host;
        Grains = grains;
        Silos = silos;
        Hosting = hosting;
        Parallel = parallel;
    }

    public IGrainFactory Grains { get; }
    /// <summary>Active silos when the session opened.</summary>
    public int Silos { get; }
    public string Hosting { get; }
    /// <summary>Kernel runs at once per silo.</summary>
    public int Parallel { get; }

    public static async Task<GrainSession> Open(ClusterChoice? cluster, int parallel, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder();
        await GrainHosting.Configure(builder, cluster, dashboard: false, TelemetryExport.None, parallelRuns: parallel, cancellation);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellation);
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            int silos = (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;
            return new GrainSession(host, grains, silos, GrainHosting.Describe(cluster), parallel);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
