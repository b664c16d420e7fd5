using System.Globalization;
using WijkSim.Experiments.Stories;
using WijkSim.Experiments.Yaml;
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
public static class TargetFile
{
    private static readonly string[] TopKeys = ["targets"];

    /// <summary>Every key of a target and what it means: the loader accepts these keys and no others, and
    /// <see cref="TargetsJsonSchema"/> writes them into the editor's schema.</summary>
    public static readonly IReadOnlyDictionary<string, string> KeyMeanings = new Dictionary<string, string>
    {
        ["id"] = "a short name for the tables (required, unique in the file)",
        ["fact"] = "the id of a stylised fact or story check: the target is the share of seeds in which it holds (give fact or measure)",
        ["measure"] = "a numeric weekly.csv column (give fact or measure)",
        ["stat"] = "with measure: the statistic over the window (default mean); share = the share of runs whose mean is above 'above'",
        ["scenario"] = "with measure: the scenario whose runs are measured (default: the calibrated one)",
        ["from"] = "with measure: first date of the window (yyyy-mm-dd; default: the start)",
        ["to"] = "with measure: last date of the window (yyyy-mm-dd; default: the last week)",
        ["above"] = "with stat: share: the threshold the run's mean must exceed",
        ["observed"] = "the observed value, or a range [low, high] (required)",
        ["weight"] = "weight of this target in the distance (above 0, at most 1000; default 1)",
        ["source"] = "a seed line (e.g. '002 l.2290') or 'ASSUMPTION: why' (required)",
    };

    private static readonly string[] TargetKeys = [.. KeyMeanings.Keys];


    /// <param name="scenario">the calibrated scenario: the default of <c>scenario:</c>, and the horizon dates must fall in</param>
    /// <param name="scenarios">where scenario names are looked up</param>
    public static IReadOnlyList<CalibrationTarget> Load(string path, ModelConfig scenario, NamedScenarios scenarios)
    {
        var file = YamlFile.Parse(path, "targets file", TopKeys);
        var root = file.Root;
        file.Unknown(root, TopKeys, "");
        if (!root.Children.TryGetValue(new YamlScalarNode("targets"), out var list) || list is not YamlSequenceNode { Children.Count: > 0 } sequence)
            throw new ScenarioError(file.At(root), "targets", "expected a list of targets with at least one entry (see docs/experiments.md, 'calibrate')");
        // The facts and story checks by id, read once and only if a target names one.
        var book = new Lazy<IReadOnlyList<Fact>>(() => FactBook.All(scenarios));
        var targets = new List<CalibrationTarget>();
        for (int i = 0; i < sequence.Children.Count; i++)
        {
            string key = $"targets[{i}]";
            if (sequence.Children[i] is not YamlMappingNode entry)
                throw new ScenarioError(file.At(sequence.Children[i]), key, $"expected a mapping with id, fact or measure, observed and source, found {ConfigBinder.Describe(sequence.Children[i])}");
            targets.Add(Target(file, entry, key, scenario, scenarios, book));
        }
        var twice = targets.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ScenarioError(twice.Last().At, "id", $"the id '{twice.Key}' is used twice; each target needs its own id");
        return targets;
    }

    private static CalibrationTarget Target(YamlFile file, YamlMappingNode entry, string key, ModelConfig scenario, NamedScenarios scenarios, Lazy<IReadOnlyList<Fact>> facts)
    {
        file.Unknown(entry, TargetKeys, key + ".");
        var at = file.At(entry);
        string id = file.Text(entry, key, "id") ?? throw new ScenarioError(at, key + ".id", "every target needs an id (a short name for the tables)");
        string? fact = file.Text(entry, key, "fact"), measure = file.Text(entry, key, "measure");
        if ((fact is null) == (measure is null))
            throw new ScenarioError(at, key, "expected exactly one of 'fact: <fact id>' or 'measure: <weekly.csv column>'");
        var observation = Observed(file, entry, key, id);
        string source = file.Source(entry, key, "every target needs its source: a seed line (e.g. '002 l.2290') or 'ASSUMPTION: why'");

        if (fact is not null)
        {
            foreach (var k in new[] { "stat", "scenario", "from", "to", "above" })
                if (entry.Children.ContainsKey(new YamlScalarNode(k)))
                    throw new ScenarioError(file.Where(entry, k), $"{key}.{k}", "a fact target takes no '" + k + "'; the fact says what it measures");
            var book = facts.Value;
            var known = book.Select(f => f.Id).ToArray();
            var found = book.FirstOrDefault(f => f.Id == fact)
                ?? throw new ScenarioError(file.Where(entry, "fact"), key + ".fact", $"expected the id of a stylised fact, found '{YamlFile.Short(fact)}'" + YamlFile.Guess(fact, known));
            if (found is ShareFact && (observation.Low < 0 || observation.High > 1))
                throw new ScenarioError(file.Where(entry, "observed"), key + ".observed", "a fact target is a share of seeds: expected values from 0 to 1");
            foreach (var name in NamedScenarios.Of(found)) CheckScenario(file, entry, key, name, scenarios);
            return new FactTarget(id, observation, source, at, found);
        }

        file.OneOf(entry, key, "measure", WeeklyColumns.Numeric.Keys.ToArray(), "a numeric weekly.csv column");
        string stat = file.OneOf(entry, key, "stat", WeeklyTarget.Statistics) ?? "mean";
        double? above = file.Number(entry, key, "above");
        if ((stat == "share") != (above is not null))
            throw new ScenarioError(at, key + ".above", stat == "share" ? "a 'share' target needs 'above: <number>': the share of runs whose mean is above it" : "'above' belongs only to 'stat: share'");
        if (stat == "share" && (observation.Low < 0 || observation.High > 1))
            throw new ScenarioError(file.Where(entry, "observed"), key + ".observed", "a share of runs: expected values from 0 to 1");
        string scenarioName = file.Text(entry, key, "scenario") ?? scenario.Name;
        var config = scenarioName == scenario.Name ? scenario : CheckScenario(file, entry, key, scenarioName, scenarios);
        var from = file.Date(entry, key, "from", config) ?? config.Start;
        var to = file.Date(entry, key, "to", config) ?? config.DateOf(config.Weeks - 1);
        if (to < from) throw new ScenarioError(file.Where(entry, "to"), key + ".to", $"expected a date after 'from' ({from:yyyy-MM-dd}), found {to:yyyy-MM-dd}");
        return new WeeklyTarget(id, observation, source, at, scenarioName, measure!, stat, from, to, above);
    }

    private static ModelConfig CheckScenario(YamlFile file, YamlMappingNode entry, string key, string name, NamedScenarios scenarios)
    {
        try
        {
            return scenarios.Load(name).Config;
        }
        catch (ScenarioError e)
        {
            throw new ScenarioError(file.At(entry), key, $"it needs the scenario '{name}', which cannot be loaded: {e.Message}");
        }
    }

    private static Observation Observed(YamlFile file, YamlMappingNode entry, string key, string id)
    {
        double weight = file.Number(entry, key, "weight") ?? 1;
        if (!(weight > 0) || weight > 1000)
            throw new ScenarioError(file.Where(entry, "weight"), key + ".weight", $"expected a number above 0 (and at most 1000), found {weight.ToString(CultureInfo.InvariantCulture)}");
        if (!entry.Children.TryGetValue(new YamlScalarNode("observed"), out var node))
            throw new ScenarioError(file.At(entry), key + ".observed", "expected the observed value, e.g. 'observed: 0.8', or a range, e.g. 'observed: [0.6, 1]'");
        var at = file.At(node);
        if (node is YamlScalarNode scalar)
        {
            double v = YamlFile.ParseNumber(scalar, at, key + ".observed");
            return new Observation(id, v, v, weight);
        }
        if (node is YamlSequenceNode { Children.Count: 2 } range && range.Children.All(c => c is YamlScalarNode))
        {
            double lo = YamlFile.ParseNumber((YamlScalarNode)range.Children[0], at, key + ".observed");
            double hi = YamlFile.ParseNumber((YamlScalarNode)range.Children[1], at, key + ".observed");
            if (!(hi >= lo)) throw new ScenarioError(at, key + ".observed", $"expected a range [low, high] with low ≤ high, found [{lo}, {hi}]");
            return new Observation(id, lo, hi, weight);
        }
        throw new ScenarioError(at, key + ".observed", $"expected a number or a range [low, high], found {ConfigBinder.Describe(node)}");
    }

}
