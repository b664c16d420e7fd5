using WijkSim.Experiments.Stories;
using WijkSim.Scenarios.Facts;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Facts;

/// <summary>Pattern-oriented validation: every stylised fact of the cases and the generic facts, and
/// every story check of the cases (src/Scenarios/stories), holds over 100 seeds, with the thresholds of
/// FactCatalogue and StoryFile (justified in docs/model.md). A check marked known_to_fail must fail:
/// the mark names an open defect of the model and goes once the model reproduces the check. The runs
/// of each scenario are shared by all facts on it and run in parallel in the kernel.</summary>
public class StylisedFactTests
{
    public const int Seeds = 100;
    private static string Folder => Path.Combine(Repo.Root, "src", "Scenarios", "scenarios");
    private static readonly Lazy<FactRunner> Runner = new(() => new FactRunner(Folder, Seeds));
    private static readonly Lazy<IReadOnlyList<Fact>> Book = new(() => FactBook.All(new NamedScenarios(Folder)));

    public static TheoryData<string> Facts()
    {
        var data = new TheoryData<string>();
        foreach (var f in Book.Value) data.Add(f.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void Holds_over_a_hundred_seeds(string id)
    {
        var fact = Book.Value.Single(f => f.Id == id);
        var result = Runner.Value.Evaluate(fact);
        if (fact.KnownToFail is { } why)
            Assert.False(result.Holds, $"{fact.Case}: {fact.Statement} now holds ({result.Detail}): remove its known_to_fail mark ({why})");
        else
            Assert.True(result.Holds, $"{fact.Case}: {fact.Statement}: {result.Detail}");
    }

    [Fact]
    public void Each_case_has_at_least_ten_story_checks_each_with_a_seed_line()
    {
        var stories = FactBook.Stories(new NamedScenarios(Folder));
        foreach (var c in new[] { "Jan Eef", "De Ketel", "Voedseltuin" })
            Assert.True(stories.Count(s => s.Case == c) >= 10, $"{c} has {stories.Count(s => s.Case == c)} story checks");
        Assert.All(stories, s => Assert.Matches(@"\b00\d l\.\d+", s.Source));
        Assert.Contains(stories, s => s.Use == FactUse.Calibration);
        Assert.Contains(stories, s => s.Use == FactUse.Validation);
    }

    [Theory]
    [InlineData("jan-eef")]
    [InlineData("de-ketel")]
    [InlineData("voedseltuin")]
    public void A_cases_calibration_targets_are_exactly_its_facts_and_story_checks_marked_for_calibration(string name)
    {
        // The split between calibration and held-out validation is recorded once, in FactCatalogue and
        // the story files; the targets file that calibrate reads must not quietly use a held-out check.
        var named = new NamedScenarios(Folder);
        var config = named.Load(name).Config;
        var targets = WijkSim.Experiments.Calibration.TargetFile.Load(Path.Combine(Repo.Root, "src", "Scenarios", "targets", name + ".yaml"), config, named);
        var fitted = targets.OfType<WijkSim.Experiments.Calibration.FactTarget>().Select(t => t.Fact.Id).Order().ToArray();
        var marked = Book.Value.Where(f => f.Use == FactUse.Calibration && f.Id.StartsWith(name + ".", StringComparison.Ordinal)).Select(f => f.Id).Order().ToArray();
        Assert.Equal(marked, fitted);
        Assert.True(Book.Value.Count(f => f.Use == FactUse.Validation && f.Id.StartsWith(name + ".", StringComparison.Ordinal)) > marked.Length,
            $"{name}: fewer held-out checks than calibration targets");
    }

    [Fact]
    public void The_joint_targets_are_exactly_the_three_cases_calibration_targets()
    {
        // The global coefficients are fitted jointly (docs/calibration/run.sh, step 1) on the union of the
        // cases' targets, and on nothing held out.
        var named = new NamedScenarios(Folder);
        var targets = WijkSim.Experiments.Calibration.TargetFile.Load(Path.Combine(Repo.Root, "src", "Scenarios", "targets", "joint.yaml"), named.Load("jan-eef").Config, named);
        var fitted = targets.OfType<WijkSim.Experiments.Calibration.FactTarget>().Select(t => t.Fact.Id).Order().ToArray();
        var marked = Book.Value.Where(f => f.Use == FactUse.Calibration && f.Case is "Jan Eef" or "De Ketel" or "Voedseltuin").Select(f => f.Id).Order().ToArray();
        Assert.Equal(marked, fitted);
    }

    [Fact]
    public void Every_case_and_counterfactual_scenario_is_covered()
    {
        var used = FactCatalogue.All.SelectMany(f => f switch
        {
            ShareFact s => new[] { s.Scenario },
            CompareFact c => new[] { c.ScenarioA, c.ScenarioB },
            _ => [],
        }).ToHashSet();
        foreach (var scenario in new[] { "jan-eef", "jan-eef-rhythm", "de-ketel", "de-ketel-no-election", "voedseltuin", "voedseltuin-single-source", "baseline" })
            Assert.Contains(scenario, used);
    }
}

public class StatisticsTests
{
    [Fact]
    public void Two_proportion_test_finds_a_large_difference_and_not_an_equal_one()
    {
        Assert.True(Statistics.TwoProportionP(80, 100, 40, 100) < 0.001);
        Assert.True(Statistics.TwoProportionP(50, 100, 50, 100) > 0.4);
        Assert.True(Statistics.TwoProportionP(40, 100, 80, 100) > 0.99); // one-sided: the other direction
    }

    [Fact]
    public void Mann_whitney_test_finds_a_shift_and_handles_ties()
    {
        var low = Enumerable.Range(0, 50).Select(i => (double)i).ToArray();
        var high = low.Select(v => v + 30).ToArray();
        Assert.True(Statistics.MannWhitneyP(high, low) < 0.001);
        Assert.True(Statistics.MannWhitneyP(low, high) > 0.999);
        var ties = Enumerable.Repeat(1.0, 30).ToArray();
        Assert.True(Statistics.MannWhitneyP(ties, ties) >= 0.5);
    }
}
