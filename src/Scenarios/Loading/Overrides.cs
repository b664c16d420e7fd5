using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Scenarios.Loading;

/// <summary>Applies command-line overrides <c>--set key.path=value</c> to a scenario's YAML tree before
/// binding, so that overridden values pass through exactly the same checks as values in the file.
/// Paths use dots and list indices: <c>initiatives[0].reach.share=0.4</c>.</summary>
public static partial class Overrides
{
    [GeneratedRegex(@"^(?<name>[a-z_][a-z0-9_]*)(\[(?<index>\d+)\])?$")]
    private static partial Regex Segment();

    /// <param name="option">named in error messages: --set, or --vary for a sweep's design values</param>
    public static void Apply(YamlSource source, IEnumerable<string> settings, string option = "--set")
    {
        foreach (var setting in settings) ApplyOne(source, setting, option);
    }

    private static void ApplyOne(YamlSource source, string setting, string option)
    {
        var at = SourceLocation.CommandLine(setting, option);
        int eq = setting.IndexOf('=');
        if (eq <= 0)
            throw new ScenarioError(at, "", "expected key=value, e.g. --set municipality.agreements[0].decision_lag_weeks=12");
        string path = setting[..eq].Trim();
        var value = ParseValue(setting[(eq + 1)..], at, path);
        Place(source.Root, path, value, at, source.Remember);
    }

    /// <summary>Puts <paramref name="value"/> at a key path of a tree: the one mechanism behind
    /// <c>--set</c>, a sweep's design values and a scenario file's own <c>set:</c> section.</summary>
    /// <param name="remember">records where a node came from, for error messages</param>
    internal static void Place(YamlMappingNode root, string path, YamlNode value, SourceLocation at, Action<YamlNode, SourceLocation> remember)
    {
        remember(value, at);
        var segments = path.Split('.');
        YamlNode node = root;
        string walked = "";
        for (int s = 0; s < segments.Length; s++)
        {
            var m = Segment().Match(segments[s]);
            if (!m.Success)
                throw new ScenarioError(at, path, $"expected a key path of snake_case names and [index], found '{segments[s]}'");
            string name = m.Groups["name"].Value;
            walked = walked.Length == 0 ? name : $"{walked}.{name}";
            if (node is not YamlMappingNode map)
                throw new ScenarioError(at, walked, $"cannot set a key inside {ConfigBinder.Describe(node)}");
            var key = new YamlScalarNode(name);
            remember(key, at); // an unknown key from --set must be reported against --set, not the file
            bool last = s == segments.Length - 1;
            if (!m.Groups["index"].Success)
            {
                if (last) { map.Children[key] = value; return; }
                if (!map.Children.TryGetValue(key, out var child))
                {
                    child = new YamlMappingNode();
                    remember(child, at);
                    map.Children[key] = child;
                }
                node = child;
                continue;
            }
            // A list index too large for an int names no entry either (and must not be an OverflowException).
            if (!int.TryParse(m.Groups["index"].Value, out int index)) index = int.MaxValue;
            walked += $"[{YamlShort(m.Groups["index"].Value)}]";
            if (!map.Children.TryGetValue(key, out var list) || list is not YamlSequenceNode seq || index >= seq.Children.Count)
                throw new ScenarioError(at, walked, $"expected an existing list entry, but the scenario has no entry {YamlShort(m.Groups["index"].Value)} under '{name}'");
            if (last) { seq.Children[index] = value; return; }
            node = seq.Children[index];
        }
    }

    private static string YamlShort(string text) => text.Length <= 20 ? text : text[..17] + "...";

    private static YamlNode ParseValue(string text, SourceLocation at, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ScenarioError(at, path, $"the value is not valid YAML ({e.Message})");
        }
        return stream.Documents.Count == 0 ? new YamlScalarNode("") : stream.Documents[0].RootNode;
    }
}
