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

    /// <summary>The live run's weekly.csv has the kernel's bytes (both are written to a test folder so a
    /// failure leaves them to compare).</summary>
    public static void AssertSameWeeklyCsv(RunResult kernel, RunResult live, string purpose)
    {
        string dir = Support.Repo.TempFolder(purpose);
        WijkSim.Silo.Output.WeeklyCsv.Write(Path.Combine(dir, "kernel.csv"), kernel);
        WijkSim.Silo.Output.WeeklyCsv.Write(Path.Combine(dir, "live.csv"), live);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "kernel.csv")), File.ReadAllBytes(Path.Combine(dir, "live.csv")));
    }
}
