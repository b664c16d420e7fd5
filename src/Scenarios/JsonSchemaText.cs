using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WijkSim.Scenarios;

/// <summary>What the scenario and the targets JSON Schemas share: the draft they follow, how an editor is
/// pointed at them, how a date is written, and how the file is printed.</summary>
public static class JsonSchemaText
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The first line of a YAML file that gives an editor the schema <paramref name="fileName"/>.</summary>
    public static string Modeline(string fileName) => "# yaml-language-server: $schema=" + fileName;

    /// <summary>An ISO date (yyyy-mm-dd), as the loaders read it.</summary>
    public static void MarkDate(JsonObject schema)
    {
        schema["format"] = "date";
        schema["pattern"] = @"^\d{4}-\d{2}-\d{2}$";
    }

    /// <summary>Indented, with ' and ` left readable, and a final newline.</summary>
    public static string Print(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
