using WijkSim.Scenarios.Facts;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Facts;

/// <summary>Pattern-oriented validation: every stylised fact of the cases and the generic facts holds
/// over 100 seeds, with the thresholds of FactCatalogue (justified in docs/model.md). The runs of each
/// scenario are shared by all facts on it and run in parallel in the kernel.</summary>
public class StylisedFactTests
{
    public const int Seeds = 100;
    private static readonly Lazy<FactRunner> Runner = new(() => new FactRunner(Path.Combine(Repo.Root, "src", "Scenarios", "scenarios"), Seeds));

    public static TheoryData<string> Facts()
    {
        var data = new TheoryData<string>();
        foreach (var f in FactCatalogue.All) data.Add(f.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Facts))]
    public void Holds_over_a_hundred_seeds(string id)
    {
        var fact = FactCatalogue.All.Single(f => f.Id == id);
        var result = Runner.Value.Evaluate(fact);
        Assert.True(result.Holds, $"{fact.Case}: {fact.Statement}: {result.Detail}");
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
