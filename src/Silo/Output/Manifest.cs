using System.Reflection;
using System.Text.Json;
using WijkSim.Model.Output;
using WijkSim.Scenarios;

namespace WijkSim.Silo.Output;

/// <summary>manifest.json: what is needed to reproduce a run and to know what it was.</summary>
public static class Manifest
{
    public static JsonSerializerOptions Json => ModelConfigJson.Options;

    public static string CodeVersion =>
        typeof(Manifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void Write(string path, LoadedScenario scenario, RunResult run, string mode, TimeSpan wall, DateTime startedUtc,
        IReadOnlyList<Grains.Contracts.LeverRecord>? levers = null)
    {
        var manifest = new
        {
            WijksimVersion = CodeVersion,
            Scenario = new { scenario.Path, scenario.Sha256, Files = scenario.Files },
            Seed = run.Seed,
            Weeks = run.Weeks,
            Mode = mode,
            Settings = scenario.Settings,
            StartedUtc = startedUtc.ToString("O"),
            WallSeconds = Math.Round(wall.TotalSeconds, 3),
            ResidentWeeksPerSecond = Math.Round(run.Config.Population.Residents * (double)run.Weeks / Math.Max(wall.TotalSeconds, 1e-9)),
            LeverChanges = levers ?? [],
            Outcomes = run.Outcomes,
            Parameters = run.Config,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(manifest, Json) + "\n");
    }
}
