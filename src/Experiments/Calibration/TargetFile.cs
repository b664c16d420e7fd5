using System.Globalization;
using System.Text.RegularExpressions;
using WijkSim.Experiments.Results;
using WijkSim.Model.Config;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Experiments.Calibration;

/// <summary>Reads a targets file for <c>wijksim calibrate</c>: a list of summary statistics, each with an
/// observed value or range, a weight and a source. Every problem is a <see cref="ScenarioError"/> naming
/// the file, line and key, like a scenario file's.</summary>
/// <example>
/// <code>
/// targets:
///   - id: ends
///     fact: jan-eef.ends              # share of seeds in which the fact holds
///     observed: [0.6, 1.0]
///     source: "002 l.2290-2296"
///   - id: core-2011
///     measure: core                   # a weekly.csv column
///     stat: mean                      # mean, max, min, change, or share (with above:)
///     from: 2011-01-03
///     to: 2012-12-31
///     observed: [4, 20]
///     weight: 0.5
///     source: "ASSUMPTION: four initiators and a team (002 l.2201, 2239)"
/// </code>
/// </example>
public static partial class TargetFile
{
    private static readonly string[] TopKeys = ["targets"];
    private static readonly string[] TargetKeys = ["id", "fact", "measure", "stat", "scenario", "from", "to", "above", "observed", "weight", "source"];

    [GeneratedRegex(@"(\b\d{3}\b.*\bl\.\s*~?\d+)|^ASSUMPTION\b")]
    private static partial Regex SourcePattern();

    /// <param name="scenario">the calibrated scenario: the default of <c>scenario:</c>, and the horizon dates must fall in</param>
    /// <param name="scenarios">where scenario names are looked up</param>
    public static IReadOnlyList<CalibrationTarget> Load(string path, ModelConfig scenario, NamedScenarios scenarios)
    {
        var root = Parse(path);
        Unknown(path, root, TopKeys, "");
        if (!root.Children.TryGetValue(new YamlScalarNode("targets"), out var list) || list is not YamlSequenceNode { Children.Count: > 0 } sequence)
            throw new ScenarioError(At(path, root), "targets", "expected a list of targets with at least one entry (see docs/experiments.md, 'calibrate')");
        var targets = new List<CalibrationTarget>();
        for (int i = 0; i < sequence.Children.Count; i++)
        {
            string key = $"targets[{i}]";
            if (sequence.Children[i] is not YamlMappingNode entry)
                throw new ScenarioError(At(path, sequence.Children[i]), key, $"expected a mapping with id, fact or measure, observed and source, found {ConfigBinder.Describe(sequence.Children[i])}");
            targets.Add(Target(path, entry, key, scenario, scenarios));
        }
        var twice = targets.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ScenarioError(twice.Last().At, "id", $"the id '{twice.Key}' is used twice; each target needs its own id");
        return targets;
    }

    private static CalibrationTarget Target(string path, YamlMappingNode entry, string key, ModelConfig scenario, NamedScenarios scenarios)
    {
        Unknown(path, entry, TargetKeys, key + ".");
        var at = At(path, entry);
        string id = Text(path, entry, key, "id") ?? throw new ScenarioError(at, key + ".id", "every target needs an id (a short name for the tables)");
        string? fact = Text(path, entry, key, "fact"), measure = Text(path, entry, key, "measure");
        if ((fact is null) == (measure is null))
            throw new ScenarioError(at, key, "expected exactly one of 'fact: <fact id>' or 'measure: <weekly.csv column>'");
        var observation = Observed(path, entry, key, id);
        string source = Text(path, entry, key, "source")
            ?? throw new ScenarioError(at, key + ".source", "every target needs its source: a seed line (e.g. '002 l.2290') or 'ASSUMPTION: why'");
        if (!SourcePattern().IsMatch(source))
            throw new ScenarioError(Where(path, entry, "source"), key + ".source", $"expected a seed line such as '002 l.2290-2296' or a text starting with 'ASSUMPTION', found '{Short(source)}'");

        if (fact is not null)
        {
            foreach (var k in new[] { "stat", "scenario", "from", "to", "above" })
                if (entry.Children.ContainsKey(new YamlScalarNode(k)))
                    throw new ScenarioError(Where(path, entry, k), $"{key}.{k}", "a fact target takes no '" + k + "'; the fact says what it measures");
            var known = FactCatalogue.All.Select(f => f.Id).ToArray();
            var found = FactCatalogue.All.FirstOrDefault(f => f.Id == fact)
                ?? throw new ScenarioError(Where(path, entry, "fact"), key + ".fact", $"expected the id of a stylised fact, found '{Short(fact)}'" + Guess(fact, known));
            if (found is ShareFact && (observation.Low < 0 || observation.High > 1))
                throw new ScenarioError(Where(path, entry, "observed"), key + ".observed", "a fact target is a share of seeds: expected values from 0 to 1");
            foreach (var name in NamedScenarios.Of(found)) CheckScenario(path, entry, key, name, scenarios);
            return new FactTarget(id, observation, source, at, found);
        }

        if (!WeeklyColumns.Numeric.ContainsKey(measure!))
            throw new ScenarioError(Where(path, entry, "measure"), key + ".measure",
                $"expected a numeric weekly.csv column ({string.Join(", ", WeeklyColumns.Numeric.Keys)}), found '{Short(measure!)}'" + Guess(measure!, WeeklyColumns.Numeric.Keys));
        string stat = Text(path, entry, key, "stat") ?? "mean";
        if (!WeeklyTarget.Statistics.Contains(stat))
            throw new ScenarioError(Where(path, entry, "stat"), key + ".stat", $"expected one of {string.Join(", ", WeeklyTarget.Statistics)}, found '{Short(stat)}'" + Guess(stat, WeeklyTarget.Statistics));
        double? above = Number(path, entry, key, "above");
        if ((stat == "share") != (above is not null))
            throw new ScenarioError(at, key + ".above", stat == "share" ? "a 'share' target needs 'above: <number>': the share of runs whose mean is above it" : "'above' belongs only to 'stat: share'");
        if (stat == "share" && (observation.Low < 0 || observation.High > 1))
            throw new ScenarioError(Where(path, entry, "observed"), key + ".observed", "a share of runs: expected values from 0 to 1");
        string scenarioName = Text(path, entry, key, "scenario") ?? scenario.Name;
        var config = scenarioName == scenario.Name ? scenario : CheckScenario(path, entry, key, scenarioName, scenarios);
        var from = Date(path, entry, key, "from", config) ?? config.Start;
        var to = Date(path, entry, key, "to", config) ?? config.DateOf(config.Weeks - 1);
        if (to < from) throw new ScenarioError(Where(path, entry, "to"), key + ".to", $"expected a date after 'from' ({from:yyyy-MM-dd}), found {to:yyyy-MM-dd}");
        return new WeeklyTarget(id, observation, source, at, scenarioName, measure!, stat, from, to, above);
    }

    private static ModelConfig CheckScenario(string path, YamlMappingNode entry, string key, string name, NamedScenarios scenarios)
    {
        try
        {
            return scenarios.Load(name).Config;
        }
        catch (ScenarioError e)
        {
            throw new ScenarioError(At(path, entry), key, $"it needs the scenario '{name}', which cannot be loaded: {e.Message}");
        }
    }

    private static Observation Observed(string path, YamlMappingNode entry, string key, string id)
    {
        double weight = Number(path, entry, key, "weight") ?? 1;
        if (!(weight > 0) || weight > 1000)
            throw new ScenarioError(Where(path, entry, "weight"), key + ".weight", $"expected a number above 0 (and at most 1000), found {weight.ToString(CultureInfo.InvariantCulture)}");
        if (!entry.Children.TryGetValue(new YamlScalarNode("observed"), out var node))
            throw new ScenarioError(At(path, entry), key + ".observed", "expected the observed value, e.g. 'observed: 0.8', or a range, e.g. 'observed: [0.6, 1]'");
        var at = At(path, node);
        if (node is YamlScalarNode scalar)
        {
            double v = ParseNumber(scalar, at, key + ".observed");
            return new Observation(id, v, v, weight);
        }
        if (node is YamlSequenceNode { Children.Count: 2 } range && range.Children.All(c => c is YamlScalarNode))
        {
            double lo = ParseNumber((YamlScalarNode)range.Children[0], at, key + ".observed");
            double hi = ParseNumber((YamlScalarNode)range.Children[1], at, key + ".observed");
            if (!(hi >= lo)) throw new ScenarioError(at, key + ".observed", $"expected a range [low, high] with low ≤ high, found [{lo}, {hi}]");
            return new Observation(id, lo, hi, weight);
        }
        throw new ScenarioError(at, key + ".observed", $"expected a number or a range [low, high], found {ConfigBinder.Describe(node)}");
    }

    private static YamlMappingNode Parse(string path)
    {
        var shown = new SourceLocation(path, 0, 0);
        if (!File.Exists(path)) throw new ScenarioError(shown, "", "the targets file does not exist");
        var info = new FileInfo(path);
        if (info.Length > 1_000_000) throw new ScenarioError(shown, "", $"the targets file is {info.Length / 1_000_000} MB; a targets file is a short list (at most 1 MB)");
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
            throw new ScenarioError(new SourceLocation(path, 1, 1), "", "expected one mapping with the key 'targets'");
        return root;
    }

    private static void Unknown(string path, YamlMappingNode map, string[] known, string prefix)
    {
        foreach (var (k, _) in map.Children)
        {
            string name = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                throw new ScenarioError(At(path, k), prefix + Short(name), $"unknown key; expected one of {string.Join(", ", known)}" + Guess(name, known));
        }
    }

    private static string? Text(string path, YamlMappingNode map, string key, string name)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(name), out var node)) return null;
        if (node is not YamlScalarNode { Value: { Length: > 0 } value })
            throw new ScenarioError(At(path, node), $"{key}.{name}", $"expected a text, found {ConfigBinder.Describe(node)}");
        return value;
    }

    private static double? Number(string path, YamlMappingNode map, string key, string name)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(name), out var node)) return null;
        if (node is not YamlScalarNode scalar) throw new ScenarioError(At(path, node), $"{key}.{name}", $"expected a number, found {ConfigBinder.Describe(node)}");
        return ParseNumber(scalar, At(path, node), $"{key}.{name}");
    }

    private static double ParseNumber(YamlScalarNode scalar, SourceLocation at, string key) =>
        double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v
        : throw new ScenarioError(at, key, $"expected a number (with a '.' for decimals), found '{Short(scalar.Value ?? "")}'");

    private static DateOnly? Date(string path, YamlMappingNode map, string key, string name, ModelConfig config)
    {
        string? text = Text(path, map, key, name);
        if (text is null) return null;
        var at = Where(path, map, name);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new ScenarioError(at, $"{key}.{name}", $"expected a date as yyyy-mm-dd, found '{Short(text)}'");
        if (date < config.Start || date > config.DateOf(config.Weeks - 1))
            throw new ScenarioError(at, $"{key}.{name}", $"expected a date inside the scenario's horizon ({config.Start:yyyy-MM-dd} to {config.DateOf(config.Weeks - 1):yyyy-MM-dd}), found {text}");
        return date;
    }

    private static SourceLocation At(string path, YamlNode node) => new(path, node.Start.Line, node.Start.Column);

    private static SourceLocation Where(string path, YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? At(path, node) : At(path, map);

    private static string Guess(string typed, IEnumerable<string> known) =>
        KeyNames.DidYouMean(typed, known) is string g ? $"; did you mean '{g}'?" : "";

    /// <summary>An echoed value, cut to 80 characters: an error message never repeats a long input.</summary>
    private static string Short(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
