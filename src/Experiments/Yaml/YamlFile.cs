using System.Globalization;
using WijkSim.Model.Config;
using WijkSim.Scenarios.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Experiments.Yaml;

/// <summary>A small YAML input file of an experiment (a targets file, a story-check file) read as a node
/// tree, with the typed readers they share. Every problem is a <see cref="ScenarioError"/> naming the
/// file, line and key, with a did-you-mean where one is close, like a scenario file's.</summary>
public sealed partial class YamlFile
{
    /// <summary>A source is a seed line ("002 l.2290-2296") or says it is an assumption ("ASSUMPTION: why").</summary>
    private static bool IsSource(string text) => SourcePattern().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"(\b\d{3}\b.*\bl\.\s*~?\d+)|^ASSUMPTION\b")]
    private static partial System.Text.RegularExpressions.Regex SourcePattern();

    private YamlFile(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    public string Path { get; }
    public YamlMappingNode Root { get; }

    /// <param name="what">what the file is called in messages, e.g. "targets file"</param>
    /// <param name="rootKeys">the keys the top mapping may hold, named when the root is not a mapping</param>
    public static YamlFile Parse(string path, string what, params string[] rootKeys)
    {
        var shown = new SourceLocation(path, 0, 0);
        if (!File.Exists(path)) throw new ScenarioError(shown, "", $"the {what} does not exist");
        var info = new FileInfo(path);
        if (info.Length > 1_000_000) throw new ScenarioError(shown, "", $"the {what} is {info.Length / 1_000_000} MB; a {what} is a short list (at most 1 MB)");
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e)
        {
            throw new ScenarioError(new SourceLocation(path, e.Start.Line, e.Start.Column), "", "malformed YAML. Check the indentation and the ':' after each key on and just before this line");
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ScenarioError(new SourceLocation(path, 1, 1), "", $"expected one mapping with the keys {string.Join(", ", rootKeys)}");
        return new YamlFile(path, root);
    }

    public void Unknown(YamlMappingNode map, string[] known, string prefix)
    {
        foreach (var (k, _) in map.Children)
        {
            string name = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                throw new ScenarioError(At(k), prefix + Short(name), $"unknown key; expected one of {string.Join(", ", known)}" + Guess(name, known));
        }
    }

    public string? Text(YamlMappingNode map, string key, string name)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(name), out var node)) return null;
        if (node is not YamlScalarNode { Value: { Length: > 0 } value })
            throw new ScenarioError(At(node), $"{key}.{name}", $"expected a text, found {ConfigBinder.Describe(node)}");
        return value;
    }

    /// <summary>The required <c>source:</c> of an entry: a seed line or a text starting with ASSUMPTION.</summary>
    /// <param name="whenMissing">what to say when the entry has none</param>
    /// <param name="name">the key that holds it, <c>source</c> unless told</param>
    public string Source(YamlMappingNode map, string key, string whenMissing, string name = "source")
    {
        string source = Text(map, key, name) ?? throw new ScenarioError(At(map), $"{key}.{name}", whenMissing);
        return IsSource(source) ? source
            : throw new ScenarioError(Where(map, name), $"{key}.{name}", $"expected a seed line such as '002 l.2290-2296' or a text starting with 'ASSUMPTION', found '{Short(source)}'");
    }

    /// <summary>A text that must be one of known names (a column, a statistic, a label), or null when the
    /// key is absent; anything else is refused with the list and a did-you-mean.</summary>
    /// <param name="what">how the list is called in the message ("a numeric weekly.csv column"), or null for "one of"</param>
    public string? OneOf(YamlMappingNode map, string key, string name, IReadOnlyCollection<string> known, string? what = null)
    {
        string? text = Text(map, key, name);
        if (text is null || known.Contains(text)) return text;
        string list = string.Join(", ", known);
        throw new ScenarioError(Where(map, name), $"{key}.{name}",
            (what is null ? $"expected one of {list}" : $"expected {what} ({list})") + $", found '{Short(text)}'" + Guess(text, known));
    }

    public double? Number(YamlMappingNode map, string key, string name)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(name), out var node)) return null;
        if (node is not YamlScalarNode scalar) throw new ScenarioError(At(node), $"{key}.{name}", $"expected a number, found {ConfigBinder.Describe(node)}");
        return ParseNumber(scalar, At(node), $"{key}.{name}");
    }

    public static double ParseNumber(YamlScalarNode scalar, SourceLocation at, string key) =>
        double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v
        : throw new ScenarioError(at, key, $"expected a number (with a '.' for decimals), found '{Short(scalar.Value ?? "")}'");

    /// <summary>A yyyy-mm-dd date inside the scenario's horizon, or null when the key is absent.</summary>
    public DateOnly? Date(YamlMappingNode map, string key, string name, ModelConfig config)
    {
        string? text = Text(map, key, name);
        if (text is null) return null;
        var at = Where(map, name);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new ScenarioError(at, $"{key}.{name}", $"expected a date as yyyy-mm-dd, found '{Short(text)}'");
        if (date < config.Start || date > config.DateOf(config.Weeks - 1))
            throw new ScenarioError(at, $"{key}.{name}", $"expected a date inside the scenario's horizon ({config.Start:yyyy-MM-dd} to {config.DateOf(config.Weeks - 1):yyyy-MM-dd}), found {text}");
        return date;
    }

    public SourceLocation At(YamlNode node) => new(Path, node.Start.Line, node.Start.Column);

    /// <summary>Where a key's value is, or the mapping when the key is absent.</summary>
    public SourceLocation Where(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? At(node) : At(map);

    public static string Guess(string typed, IEnumerable<string> known) =>
        KeyNames.DidYouMean(typed, known) is string g ? $"; did you mean '{g}'?" : "";

    /// <summary>An echoed value, cut to 80 characters: an error message never repeats a long input.</summary>
    public static string Short(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
