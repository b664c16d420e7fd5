using WijkSim.Experiments.Stories;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Experiments;

/// <summary>A story-check file with a mistake is refused naming the file, line and key, like a scenario
/// file; a good one becomes facts named CASE.story.ID.</summary>
public class StoryFileTests
{
    private const string Check = "scenario: jan-eef\ncase: Jan Eef\nchecks:\n  - id: small-core\n    says: \"a small core\"\n";

    private static NamedScenarios Scenarios => new(Path.Combine(Repo.Root, "src", "Scenarios", "scenarios"));

    private static string Write(string text)
    {
        string path = Path.Combine(Repo.TempFolder("story-file"), "jan-eef.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("    measure: coer\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    source: \"002 l.2201\"\n", "checks[0].measure", "did you mean 'core'")]
    [InlineData("    measure: core\n    stat: avg\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    source: \"002 l.2201\"\n", "checks[0].stat", "expected one of mean, max, min, change, max_rise, end_ratio")]
    [InlineData("    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    source: \"my guess\"\n", "checks[0].source", "ASSUMPTION")]
    [InlineData("    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    source: \"002 l.2201\"\n    use: calibrate\n", "checks[0].use", "did you mean 'calibration'")]
    [InlineData("    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    source: \"002 l.2201\"\n", "checks[0]", "at_least, at_most or both")]
    [InlineData("    measure: core\n    from: 2011-01-03\n    to: 2031-12-26\n    at_least: 3\n    source: \"002 l.2201\"\n", "checks[0].to", "inside the scenario's horizon")]
    [InlineData("    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    sauce: \"002 l.2201\"\n", "checks[0].sauce", "did you mean 'source'")]
    public void A_mistake_is_refused_naming_the_file_line_and_key(string rest, string key, string why)
    {
        string path = Write(Check + rest);
        var error = Assert.Throws<ScenarioError>(() => StoryFile.Load(path, Scenarios));
        Assert.Equal(path, error.Location.Source);
        Assert.True(error.Location.Line > 0);
        Assert.Equal(key, error.Key);
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void A_good_check_is_a_share_fact_with_its_labels_and_the_80_percent_threshold()
    {
        string path = Write(Check + "    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    at_most: 12\n    source: \"002 l.2201\"\n    use: calibration\n    kind: mechanism\n");
        var fact = Assert.Single(StoryFile.Load(path, Scenarios));
        Assert.Equal(("jan-eef.story.small-core", "Jan Eef", "jan-eef", 0.8), (fact.Id, fact.Case, fact.Scenario, fact.Threshold));
        Assert.Equal((FactUse.Calibration, FactKind.Mechanism), (fact.Use, fact.Kind));
        Assert.Null(fact.NotEvidence);
    }

    [Fact]
    public void A_check_can_be_marked_as_no_evidence_with_its_reason()
    {
        string path = Write(Check + "    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    at_most: 1000\n    source: \"002 l.2201\"\n    not_evidence: \"cannot fail\"\n");
        var fact = Assert.Single(StoryFile.Load(path, Scenarios));
        Assert.Equal("cannot fail", fact.NotEvidence);
    }

    [Theory]
    [InlineData("running_until: 2019-06-03\n", ".running_source", "give the seed line")]
    [InlineData("running_source: \"002 l.2290\"\n", ".running_source", "no running_until")]
    [InlineData("running_until: 2019-06-03\nrunning_source: \"my guess\"\n", ".running_source", "ASSUMPTION")]
    [InlineData("running_until: 2019-13-03\nrunning_source: \"002 l.2290\"\n", ".running_until", "yyyy-mm-dd")]
    public void A_running_date_needs_its_source_and_a_real_date(string running, string key, string why)
    {
        string path = Write("scenario: jan-eef\ncase: Jan Eef\n" + running + "checks:\n  - id: small-core\n    says: \"a small core\"\n"
            + "    measure: core\n    from: 2011-01-03\n    to: 2011-12-26\n    at_least: 3\n    source: \"002 l.2201\"\n");
        var error = Assert.Throws<ScenarioError>(() => StoryFile.Load(path, Scenarios));
        Assert.Equal((path, key), (error.Location.Source, error.Key));
        Assert.Contains(why, error.Message);
    }

    [Fact]
    public void A_check_told_of_a_running_initiative_fails_in_a_run_where_it_has_ended()
    {
        // Few volunteers in 2011, and no BIZ after 2019-09: both "hold" for an initiative that never ran.
        const string checks = "checks:\n"
            + "  - id: few\n    says: \"few\"\n    measure: active_volunteers\n    from: 2011-01-03\n    to: 2011-12-26\n    at_most: 12\n    source: \"002 l.2273\"\n"
            + "  - id: lapsed\n    says: \"lapsed\"\n    measure: biz_active\n    stat: max\n    from: 2019-09-02\n    to: 2020-09-14\n    at_most: 0\n    source: \"002 l.2275\"\n"
            + "  - id: gone\n    says: \"gone\"\n    measure: alive\n    stat: max\n    from: 2011-01-03\n    to: 2011-12-26\n    at_most: 0\n    source: \"002 l.2290\"\n";
        var ended = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["initiatives[0].phase=ended"]);
        var run = KernelRun.Run(ended.Config, 1);
        var plain = StoryFile.Load(Write("scenario: jan-eef\ncase: Jan Eef\n" + checks), Scenarios);
        Assert.All(plain, c => Assert.True(c.Holds(run), $"{c.Id} without running_until"));
        var running = StoryFile.Load(Write("scenario: jan-eef\ncase: Jan Eef\nrunning_until: 2019-06-03\nrunning_source: \"002 l.2290\"\n" + checks), Scenarios);
        Assert.False(running.Single(c => c.Id.EndsWith(".few")).Holds(run)); // its window ends before 2019-06-03
        Assert.True(running.Single(c => c.Id.EndsWith(".lapsed")).Holds(run)); // after it: the story has ended by then
        Assert.True(running.Single(c => c.Id.EndsWith(".gone")).Holds(run)); // a check of alive tests exactly that
    }

    /// <summary>The guard is the coded facts' (RunMeasures.EndedBefore): a window that reaches the week the
    /// initiative ended fails, one that stops the week before holds, whatever the measure says.</summary>
    [Fact]
    public void A_check_fails_from_the_week_the_initiative_ended_and_holds_until_the_week_before()
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var run = Enumerable.Range(1, 30).Select(seed => KernelRun.Run(config, (ulong)seed)).First(r => r.Outcomes[0].EndedWeek is not null);
        int ended = run.Outcomes[0].EndedWeek!.Value;
        string Check(string id, int lastWeek) => $"  - id: {id}\n    says: \"any cash\"\n    measure: cash\n    from: {config.DateOf(ended - 10):yyyy-MM-dd}\n"
            + $"    to: {config.DateOf(lastWeek):yyyy-MM-dd}\n    at_least: -1000000000\n    source: \"002 l.2273\"\n";
        var checks = StoryFile.Load(Write($"scenario: jan-eef\ncase: Jan Eef\nrunning_until: {config.DateOf(config.Weeks - 1):yyyy-MM-dd}\nrunning_source: \"002 l.2290\"\n"
            + "checks:\n" + Check("before", ended - 1) + Check("at", ended)), Scenarios);
        Assert.True(checks.Single(c => c.Id.EndsWith(".before")).Holds(run), $"ended in week {ended}");
        Assert.False(checks.Single(c => c.Id.EndsWith(".at")).Holds(run), $"ended in week {ended}");
    }

    [Fact]
    public void Max_rise_sees_a_one_week_spike_and_not_a_steady_climb_to_the_same_height()
    {
        double[] climb = [10, 30, 50, 70, 90, 110], spike = [10, 12, 110, 14, 12, 11];
        Assert.Equal(20, WijkSim.Experiments.Results.WeeklyWindow.MaxRise(climb));
        Assert.Equal(98, WijkSim.Experiments.Results.WeeklyWindow.MaxRise(spike));
        Assert.Equal(0, WijkSim.Experiments.Results.WeeklyWindow.MaxRise([5, 4, 3]));
    }

    [Fact]
    public void End_ratio_compares_the_last_quarter_with_the_first_and_ignores_one_noisy_week()
    {
        // 30 weeks: the first quarter averages 70, the last 56 (a fifth lost), with one week at 75 in it.
        double[] w = [.. Enumerable.Repeat(70.0, 13), .. Enumerable.Repeat(60.0, 4), .. Enumerable.Repeat(56.0, 12), 75.0];
        double expected = (12 * 56.0 + 75.0) / 13 / 70.0;
        Assert.Equal(expected, WijkSim.Experiments.Results.WeeklyWindow.EndRatio(w), 12);
        Assert.True(w[^1] - w[0] > 0, "the last week minus the first would call this a gain");
        Assert.True(double.IsNaN(WijkSim.Experiments.Results.WeeklyWindow.EndRatio(w[..25])), "shorter than two quarters");
        Assert.True(double.IsNaN(WijkSim.Experiments.Results.WeeklyWindow.EndRatio(new double[26])), "nothing to compare with");
    }
}
