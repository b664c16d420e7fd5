using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Scenarios;

namespace WijkSim.Tests.Live;

/// <summary>Runs a scenario on a cluster through the clock grain and returns the same RunResult the
/// kernel returns.</summary>
public static class LiveRuns
{
    public static SessionSpec Spec(LoadedScenario s, ulong seed) =>
        new("", ModelConfigJson.Serialize(s.Config), seed, s.Path, s.Sha256);

    public static async Task<RunResult> Run(IGrainFactory grains, LoadedScenario scenario, ulong seed, int weeks)
    {
        var clock = grains.GetGrain<ISimulationGrain>($"test-{Guid.NewGuid():N}");
        await clock.Create(Spec(scenario, seed));
        await clock.RunWeeks(weeks);
        return await Result(clock, scenario.Config, seed);
    }

    public static Task<RunResult> Result(ISimulationGrain clock, ModelConfig config, ulong seed) => LiveResults.Fetch(clock, config, seed);
}
