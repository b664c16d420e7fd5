using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WijkSim.Grains.Live;
using WijkSim.Silo.Hosting;

namespace WijkSim.Benchmarks;

/// <summary>One embedded silo with WijkSim's grains on free loopback ports, as the benchmarks host it.</summary>
public static class BenchmarkSilo
{
    /// <param name="parallelRuns">kernel runs at once for experiments (default: one per core)</param>
    public static async Task<IHost> Start(int? parallelRuns = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePorts.Next(), gatewayPort: FreePorts.Next());
            silo.AddMemoryGrainStorageAsDefault();
            silo.Services.AddWijkSimGrains(parallelRuns);
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task Stop(IHost host)
    {
        await host.StopAsync();
        host.Dispose();
    }
}
