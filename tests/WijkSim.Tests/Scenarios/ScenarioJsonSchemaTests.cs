using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Scenarios;

/// <summary>The JSON Schema that editors use for scenario files: it is the generated one, every shipped
/// scenario points at it and passes it, and on the bad-file corpus it agrees with the loader except for
/// the files docs/scenario-schema.md lists with the reason.</summary>
public class ScenarioJsonSchemaTests
{
    private static readonly string SchemaPath = Repo.Scenario(ScenarioJsonSchema.FileName);
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        Assert.True(File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") == ScenarioJsonSchema.Json(),
            $"{SchemaPath} is out of date: run `dotnet run --project src/Silo -- schema --json > src/Scenarios/scenarios/{ScenarioJsonSchema.FileName}`");
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void A_shipped_scenario_points_at_the_schema_and_passes_it(string name)
    {
        string path = Repo.Scenario(name);
        Assert.Equal(ScenarioJsonSchema.Modeline, File.ReadLines(path).First());
        var json = YamlAsJson.Read(path);
        Assert.NotNull(json);
        Assert.Empty(Problems(json));
    }

    /// <summary>The generic facts' variants lie one folder down: their modeline names the schema there, and
    /// each loads (its set: keys exist) with its own name.</summary>
    [Theory]
    [MemberData(nameof(VariantScenarios))]
    public void A_variant_file_points_at_the_schema_one_folder_up_passes_it_and_loads(string name)
    {
        string path = Repo.Scenario(name);
        Assert.Equal(ScenarioJsonSchema.Modeline.Replace("$schema=", "$schema=../"), File.ReadLines(path).First());
        Assert.Empty(Problems(YamlAsJson.Read(path)!));
        Assert.Equal(Path.GetFileNameWithoutExtension(name), ScenarioLoader.Load(path).Config.Name);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void On_a_bad_file_the_schema_agrees_with_the_loader_or_the_docs_say_why_not(string name)
    {
        string path = Path.Combine(Repo.BadScenarios, name);
        Assert.Throws<ScenarioError>(() => ScenarioLoader.Load(path));
        var json = YamlAsJson.Read(path);
        bool schemaRefuses = json is not null && Problems(json).Count > 0;
        bool listed = DocumentedDisagreements().Contains(name);
        Assert.True(schemaRefuses != listed, schemaRefuses
            ? $"{name}: the schema refuses it as the loader does, so docs/scenario-schema.md must not list it as a disagreement"
            : $"{name}: the loader refuses it but the schema {(json is null ? "cannot read it" : "accepts it")}; list it with the reason in docs/scenario-schema.md, or make the schema say it");
    }

    [Fact]
    public void The_schema_names_the_path_of_an_unknown_key_a_wrong_type_and_a_value_out_of_range()
    {
        var problems = Problems(JsonNode.Parse("""{"population": {"residentz": 10}, "weeks": "ten", "network": {"degree": -2}}""")!);
        Assert.Contains(problems, p => p.StartsWith("/population"));
        Assert.Contains(problems, p => p.StartsWith("/weeks"));
        Assert.Contains(problems, p => p.StartsWith("/network/degree"));
        Assert.Empty(Problems(JsonNode.Parse("""{"extends": "baseline.yaml", "weeks": 10, "events": [{"date": "2020-02-03", "type": "shock", "initiative": "a", "value": 0.5}]}""")!));
    }

    public static TheoryData<string> ShippedScenarios() => Repo.ShippedScenarioNames();
    public static TheoryData<string> VariantScenarios() => Repo.VariantScenarioNames();
    public static TheoryData<string> BadFiles() => Repo.YamlFileNames(Repo.BadScenarios);

    /// <summary>"location: message" for each failed check, empty when the instance is valid.</summary>
    private static List<string> Problems(JsonNode instance)
    {
        var result = Schema.Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        return (result.Details ?? [])
            // A failed 'if' only means that event rule does not apply: not a problem to show.
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if"))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .DefaultIfEmpty("/: invalid").ToList();
    }

    /// <summary>The bad files that the table in docs/scenario-schema.md lists (first column).</summary>
    private static HashSet<string> DocumentedDisagreements() =>
        File.ReadLines(Path.Combine(Repo.Root, "docs", "scenario-schema.md"))
            .Select(line => Regex.Match(line, @"^\| `(?<file>[^`]+\.yaml)` \|"))
            .Where(m => m.Success).Select(m => m.Groups["file"].Value).ToHashSet();
}
