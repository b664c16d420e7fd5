using System.Text.Json;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Silo.Output;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>manifest.json is written by a serializer generated at build time (issue 18, start-up); its
/// text must stay what the reflection-based serializer with the same options writes, accents, enum
/// names and the round-trip doubles of every parameter included.</summary>
public class ManifestTests
{
    [Fact]
    public void The_generated_manifest_is_the_text_the_reflection_serializer_writes()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml"), ["rules.participation.noise=0.61"]);
        var run = KernelRun.Run(scenario.Config, seed: 7, weeks: 30);
        var started = new DateTime(2026, 12, 2, 6, 0, 0, DateTimeKind.Utc);
        var wall = TimeSpan.FromSeconds(0.123456);
        LeverRecord[] levers = [new(3, "2011-01-24", new LeverChange("stance", null, null, "partner", null, "zaal (vraag 1): 7 van 10 – één"))];
        string path = Path.Combine(Repo.TempFolder("manifest"), "manifest.json");

        Manifest.Write(path, scenario, run, "kernel", wall, started, levers);

        var expected = new RunManifest(Manifest.CodeVersion, new ScenarioFiles(scenario.Path, scenario.Sha256, scenario.Files), run.Seed, run.Weeks,
            "kernel", scenario.Settings, started.ToString("O"), 0.123,
            Math.Round(scenario.Config.Population.Residents * 30.0 / wall.TotalSeconds), levers, run.Outcomes, run.Config);
        var reflection = new JsonSerializerOptions(ModelConfigJson.Options) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        string text = File.ReadAllText(path);
        Assert.Equal(JsonSerializer.Serialize(expected, reflection) + "\n", text);
        Assert.Contains("7 van 10 – één", text); // accents and dashes stay plain, not \u escapes
        Assert.Contains("\"stance\": \"partner\"", text);
        Assert.Contains("\"noise\": 0.61", text);
    }
}
