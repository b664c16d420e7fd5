using System.Text.Json;
using System.Text.Json.Serialization;
using WijkSim.Model.Config;

namespace WijkSim.Scenarios;

/// <summary>The configuration as JSON (snake_case keys, enum names): how it is recorded in manifests
/// and how it travels to other silos. Doubles round-trip exactly (shortest round-trip formatting).</summary>
public static class ModelConfigJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Plain quotes and accents in labels; the output is JSON files and API bodies, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(ModelConfig config) => JsonSerializer.Serialize(config, Options);

    public static ModelConfig Deserialize(string json) =>
        JsonSerializer.Deserialize<ModelConfig>(json, Options) ?? throw new ArgumentException("empty configuration", nameof(json));
}
