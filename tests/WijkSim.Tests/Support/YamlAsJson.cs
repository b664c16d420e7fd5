using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Tests.Support;

/// <summary>A YAML file as the JSON an editor's YAML language server checks against a schema. YamlDotNet
/// parses; this only gives plain scalars the types of the YAML 1.2 core schema (null, true/false,
/// integers, floats), as the language server does, and keeps quoted scalars as strings.</summary>
public static partial class YamlAsJson
{
    [GeneratedRegex(@"^[-+]?[0-9]+$")] private static partial Regex Integer();
    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")] private static partial Regex Float();

    /// <summary>The file's one document as JSON, or null when it is not YAML a schema can judge
    /// (malformed, empty, or several documents).</summary>
    public static JsonNode? Read(string path)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(File.ReadAllText(path))); }
        catch (YamlException) { return null; }
        if (stream.Documents.Count != 1) return null;
        var root = stream.Documents[0].RootNode;
        return root is YamlScalarNode { Value: null or "" } ? null : Convert(root);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode s when s.Style is ScalarStyle.Plain => Plain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value ?? ""),
        _ => null,
    };

    private static JsonNode? Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
            return JsonValue.Create(l);
        if (Float().IsMatch(text)) return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }
}
