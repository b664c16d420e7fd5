using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Config;
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
        IReadOnlyList<LeverRecord>? levers = null)
    {
        var manifest = new RunManifest(
            CodeVersion,
            new ScenarioFiles(scenario.Path, scenario.Sha256, scenario.Files),
            run.Seed,
            run.Weeks,
            mode,
            scenario.Settings,
            startedUtc.ToString("O"),
            Math.Round(wall.TotalSeconds, 3),
            Math.Round(run.Config.Population.Residents * (double)run.Weeks / Math.Max(wall.TotalSeconds, 1e-9)),
            levers ?? [],
            run.Outcomes,
            run.Config);
        File.WriteAllText(path, JsonSerializer.Serialize(manifest, Generated.RunManifest) + "\n");
    }

    // The generated serializer with this program's options (the encoder that keeps accents and quotes
    // plain cannot be named in the attribute), so the text is the same as the reflection-based one's.
    private static readonly RunManifestJson Generated = new(new JsonSerializerOptions(ModelConfigJson.Options));
}

/// <summary>The fields of a run's manifest.json, in the order they are written.</summary>
public sealed record RunManifest(
    string WijksimVersion, ScenarioFiles Scenario, ulong Seed, int Weeks, string Mode, IReadOnlyList<string> Settings,
    string StartedUtc, double WallSeconds, double ResidentWeeksPerSecond, IReadOnlyList<LeverRecord> LeverChanges,
    IReadOnlyList<InitiativeOutcome> Outcomes, ModelConfig Parameters);

/// <summary>The scenario file of a run and the files it extends, with their hash.</summary>
public sealed record ScenarioFiles(string Path, string Sha256, IReadOnlyList<string> Files);

/// <summary>manifest.json's serializer, generated at build time with the options of
/// <see cref="ModelConfigJson.Options"/>, so a short run does not build the metadata of the whole
/// configuration by reflection first (about 25 ms of a 350 ms run; benchmarks/README.md, start-up).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(RunManifest))]
internal partial class RunManifestJson : JsonSerializerContext;
