using WijkSim.Experiments.Results;
using WijkSim.Experiments.Yaml;
using WijkSim.Model.Output;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Experiments.Stories;

/// <summary>Reads a case's story checks: dated checkpoints of the case's storyline in the seeds, each a
/// statistic of one weekly.csv column over a date window of one run, with the range the story allows
/// and the seed line that says so. A check holds when at least <see cref="Threshold"/> of the seeds
/// fall in the range. The checks become facts (<see cref="ShareFact"/>) named <c>CASE.story.ID</c>, so
/// <c>facts</c>, <c>robustness</c> and <c>calibrate</c> treat them like the catalogue's facts.</summary>
/// <example>
/// <code>
/// scenario: jan-eef
/// case: Jan Eef
/// running_until: 2019-06-03  # optional: the seed has the initiative running to here, so a check whose window
///                            # ends by then fails in a run in which it has ended (its measure no longer tells the story)
/// running_source: "002 l.2275-2296; ASSUMPTION: the renewal vote's date"   # required with running_until
/// checks:
///   - id: small-core
///     says: "the four initiators and a few others carry the work in the first months"
///     measure: core          # a weekly.csv column
///     stat: mean             # of one run over the window: mean, max, min, change (last minus first), max_rise (largest one-week rise), end_ratio (last quarter's mean over the first quarter's)
///     from: 2010-10-04
///     to: 2011-06-27
///     at_least: 3            # at_least and/or at_most
///     at_most: 12
///     source: "002 l.2201-2202, 2231; ASSUMPTION: 3-12 allows one founder to lapse and a few to join"
///     use: calibration       # calibration (a target) or validation (held out)
///     kind: emergent         # emergent or mechanism (reads back a coded rule)
///     known_to_fail: "..."   # optional: why the model does not reproduce it yet (the tests then require it to fail)
///     not_evidence: "..."    # optional: why a passing check is no evidence (e.g. it cannot fail); facts counts it apart
/// </code>
/// </example>
public static class StoryFile
{
    /// <summary>The share of seeds a story check must hold in (issue 14's standard for facts and story checks).</summary>
    public const double Threshold = 0.8;

    private static readonly string[] TopKeys = ["scenario", "case", "running_until", "running_source", "checks"];
    private static readonly string[] CheckKeys = ["id", "says", "measure", "stat", "from", "to", "at_least", "at_most", "source", "use", "kind", "known_to_fail", "not_evidence"];


    /// <summary>Every story file (*.yaml) in a folder, in file-name order; none when the folder is missing.</summary>
    public static IReadOnlyList<ShareFact> LoadFolder(string folder, NamedScenarios scenarios) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(f => Load(f, scenarios)).ToArray()
            : [];

    public static IReadOnlyList<ShareFact> Load(string path, NamedScenarios scenarios)
    {
        var file = YamlFile.Parse(path, "story-check file", TopKeys);
        var root = file.Root;
        file.Unknown(root, TopKeys, "");
        string scenario = file.Text(root, "", "scenario") ?? throw new ScenarioError(file.At(root), "scenario", "name the scenario the checks run on, e.g. 'scenario: jan-eef'");
        string caseName = file.Text(root, "", "case") ?? throw new ScenarioError(file.At(root), "case", "name the case, e.g. 'case: Jan Eef'");
        var config = LoadScenario(file, root, scenario, scenarios);
        var runningUntil = RunningUntil(file, root, config);
        if (!root.Children.TryGetValue(new YamlScalarNode("checks"), out var list) || list is not YamlSequenceNode { Children.Count: > 0 } sequence)
            throw new ScenarioError(file.At(root), "checks", "expected a list of story checks with at least one entry");
        string prefix = Path.GetFileNameWithoutExtension(path) + ".story.";
        var checks = new List<ShareFact>();
        for (int i = 0; i < sequence.Children.Count; i++)
        {
            string key = $"checks[{i}]";
            if (sequence.Children[i] is not YamlMappingNode entry)
                throw new ScenarioError(file.At(sequence.Children[i]), key, $"expected a mapping with id, says, measure, from, to, a range and source, found {ConfigBinder.Describe(sequence.Children[i])}");
            checks.Add(Check(file, entry, key, prefix, scenario, caseName, config, runningUntil));
        }
        var twice = checks.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new ScenarioError(file.At(root), "checks", $"the id '{twice.Key}' is used twice; each check needs its own id");
        return checks;
    }

    private static Model.Config.ModelConfig LoadScenario(YamlFile file, YamlMappingNode root, string name, NamedScenarios scenarios)
    {
        try
        {
            return scenarios.Load(name).Config;
        }
        catch (ScenarioError e)
        {
            throw new ScenarioError(file.Where(root, "scenario"), "scenario", $"the checks need the scenario '{name}', which cannot be loaded: {e.Message}");
        }
    }

    /// <summary>The date to which the seed has the initiative running (<c>running_until</c>, with its
    /// <c>running_source</c>), or null when the file names none.</summary>
    private static DateOnly? RunningUntil(YamlFile file, YamlMappingNode root, Model.Config.ModelConfig config)
    {
        var until = file.Date(root, "", "running_until", config);
        if (until is null)
        {
            if (file.Text(root, "", "running_source") is not null)
                throw new ScenarioError(file.Where(root, "running_source"), ".running_source", "a source for running_until, but no running_until: give the date the seed has the initiative running to, or drop the source");
            return null;
        }
        file.Source(root, "", "give the seed line that has the initiative running to this date, e.g. running_source: \"002 l.2290-2296\"", "running_source");
        return until;
    }

    private static ShareFact Check(YamlFile file, YamlMappingNode entry, string key, string prefix, string scenario, string caseName, Model.Config.ModelConfig config, DateOnly? runningUntil)
    {
        file.Unknown(entry, CheckKeys, key + ".");
        var at = file.At(entry);
        string id = file.Text(entry, key, "id") ?? throw new ScenarioError(at, key + ".id", "every check needs an id (a short name for the tables)");
        string says = file.Text(entry, key, "says") ?? throw new ScenarioError(at, key + ".says", "say in words what the story has here, e.g. 'the users leave one by one'");
        string source = file.Source(entry, key, "every check needs its source: a seed line (e.g. '002 l.2073') and, for bounds the seed does not give, 'ASSUMPTION: why'");
        string measure = file.OneOf(entry, key, "measure", WeeklyColumns.Numeric.Keys.ToArray(), "a numeric weekly.csv column")
            ?? throw new ScenarioError(at, key + ".measure", "name the weekly.csv column the check reads");
        string stat = file.OneOf(entry, key, "stat", WeeklyWindow.Statistics) ?? "mean";
        var from = file.Date(entry, key, "from", config) ?? throw new ScenarioError(at, key + ".from", "give the first date of the window (yyyy-mm-dd)");
        var to = file.Date(entry, key, "to", config) ?? throw new ScenarioError(at, key + ".to", "give the last date of the window (yyyy-mm-dd)");
        if (to < from) throw new ScenarioError(file.Where(entry, "to"), key + ".to", $"expected a date after 'from' ({from:yyyy-MM-dd}), found {to:yyyy-MM-dd}");
        double? low = file.Number(entry, key, "at_least"), high = file.Number(entry, key, "at_most");
        if (low is null && high is null) throw new ScenarioError(at, key, "give the range the story allows: at_least, at_most or both");
        if (low > high) throw new ScenarioError(file.Where(entry, "at_most"), key + ".at_most", $"expected at_most ≥ at_least ({low}), found {high}");
        var use = Choice(file, entry, key, "use", FactUse.Validation);
        var kind = Choice(file, entry, key, "kind", FactKind.Emergent);
        string? knownToFail = file.Text(entry, key, "known_to_fail");
        string? notEvidence = file.Text(entry, key, "not_evidence");

        var window = new WeeklyWindow(measure, from, to);
        Func<RunResult, double> statistic = run => window.Statistic(run, stat);
        double lo = low ?? double.NegativeInfinity, hi = high ?? double.PositiveInfinity;
        // A check told of a running initiative fails in a run where it has ended by the window's end: an ended
        // initiative's columns freeze or fall to zero, and would pass bounds such as "urgency does not rise".
        // The same guard as the coded facts' (RunMeasures.EndedBefore): an end is for good, so ended by the
        // window's last week is ended in some week of it.
        bool guarded = runningUntil is { } until && to <= until && measure != "alive";
        return new ShareFact(prefix + id, caseName, says, source, scenario, Threshold,
            run => !(guarded && RunMeasures.EndedBefore(run, run.Config.WeekOf(to) + 1)) && statistic(run) is var v && v >= lo && v <= hi)
        {
            Kind = kind,
            Use = use,
            KnownToFail = knownToFail,
            NotEvidence = notEvidence,
            Measure = statistic,
        };
    }

    private static T Choice<T>(YamlFile file, YamlMappingNode entry, string key, string name, T fallback) where T : struct, Enum
    {
        string? text = file.OneOf(entry, key, name, Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray());
        return text is null ? fallback : Enum.Parse<T>(text, ignoreCase: true);
    }
}
