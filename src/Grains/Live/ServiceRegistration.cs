using Microsoft.Extensions.DependencyInjection;
using WijkSim.Grains.Experiments;

namespace WijkSim.Grains.Live;

/// <summary>What a silo needs besides the grains themselves.</summary>
public static class ServiceRegistration
{
    /// <param name="parallelRuns">kernel runs this silo executes at once (default: one per core)</param>
    /// <param name="persistEveryWeek">the live clock writes its state after every week (see <see cref="ClockDurability"/>)</param>
    public static IServiceCollection AddWijkSimGrains(this IServiceCollection services, int? parallelRuns = null, bool persistEveryWeek = false)
    {
        services.AddSingleton(new ClockDurability(persistEveryWeek));
        services.AddSingleton(new RunThrottle(parallelRuns ?? Environment.ProcessorCount));
        services.AddSingleton<ReplicaCache>();
        services.AddSingleton<LiveMetrics>();
        return services;
    }
}
