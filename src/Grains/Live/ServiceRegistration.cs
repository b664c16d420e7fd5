using Microsoft.Extensions.DependencyInjection;

namespace WijkSim.Grains.Live;

/// <summary>What a silo needs besides the grains themselves.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddWijkSimGrains(this IServiceCollection services)
    {
        services.AddSingleton<ReplicaCache>();
        services.AddSingleton<LiveMetrics>();
        return services;
    }
}
