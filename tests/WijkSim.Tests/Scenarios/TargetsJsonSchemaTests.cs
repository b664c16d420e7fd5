using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using WijkSim.Experiments.Calibration;
using WijkSim.Scenarios.Facts;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Scenarios;

/// <summary>The JSON Schema of calibrate's targets files: it is the generated one, every shipped targets
/// file points at it and passes it, and it refuses what the loader refuses within one target.</summary>
public class TargetsJsonSchemaTests
{
    private static readonly string Folder = Path.Combine(Repo.Root, "src", "Scenarios", "targets");
    private static readonly string SchemaPath = Path.Combine(Folder, TargetsJsonSchema.FileName);
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        string generated = TargetsJsonSchema.Json(new NamedScenarios(Path.GetDirectoryName(Repo.Scenario("x"))!));
        Assert.True(File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") == generated,
            $"{SchemaPath} is out of date: run `dotnet run --project src/Silo -- schema --json --targets > src/Scenarios/targets/{TargetsJsonSchema.FileName}`");
    }

    [Theory]
    [MemberData(nameof(ShippedTargets))]
    public void A_shipped_targets_file_points_at_the_schema_and_passes_it(string name)
    {
        string path = Path.Combine(Folder, name);
        Assert.Equal(TargetsJsonSchema.Modeline, File.ReadLines(path).First());
        Assert.True(Valid(YamlAsJson.Read(path)!), $"{name} does not pass {TargetsJsonSchema.FileName}");
    }

    [Theory]
    [InlineData("""{"targets": [{"id": "a", "fact": "jan-eef.endz", "observed": 1, "source": "x"}]}""")] // unknown fact id
    [InlineData("""{"targets": [{"id": "a", "fact": "jan-eef.ends", "observed": 1}]}""")] // no source
    [InlineData("""{"targets": [{"id": "a", "fact": "jan-eef.ends", "measure": "core", "observed": 1, "source": "x"}]}""")] // both
    [InlineData("""{"targets": [{"id": "a", "fact": "jan-eef.ends", "stat": "max", "observed": 1, "source": "x"}]}""")] // a fact takes no stat
    [InlineData("""{"targets": [{"id": "a", "measure": "core", "observed": [1, 2, 3], "source": "x"}]}""")] // not a range
    [InlineData("""{"targets": [{"id": "a", "measure": "core", "observed": 1, "weight": 0, "source": "x"}]}""")] // weight 0
    [InlineData("""{"targets": []}""")]
    public void The_schema_refuses_what_the_loader_refuses_within_a_target(string json) =>
        Assert.False(Valid(JsonNode.Parse(json)!));

    [Fact]
    public void The_schema_accepts_a_measure_target_with_its_window()
    {
        Assert.True(Valid(JsonNode.Parse("""{"targets": [{"id": "a", "measure": "core", "stat": "mean", "from": "2011-01-03", "to": "2012-12-31", "observed": [4, 20], "weight": 0.5, "source": "x"}]}""")!));
    }

    public static TheoryData<string> ShippedTargets() => Repo.YamlFileNames(Folder);

    private static bool Valid(JsonNode instance) =>
        Schema.Evaluate(JsonSerializer.SerializeToElement(instance), new EvaluationOptions { RequireFormatValidation = true }).IsValid;
}
