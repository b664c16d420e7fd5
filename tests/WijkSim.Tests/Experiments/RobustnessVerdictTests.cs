using WijkSim.Experiments.Robustness;
using WijkSim.Experiments.Stories;
using WijkSim.Scenarios.Facts;
using WijkSim.Silo.Robustness;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Experiments;

/// <summary>robustness.md's verdict: a fact is called robust to ±10% only when a ±10% change ran for it. With
/// <c>--oat none</c> (a quick look at a scenario as written) the table used to call every fact that held "robust".</summary>
public class RobustnessVerdictTests
{
    private static readonly Fact AnyFact = FactBook.All(new NamedScenarios(Path.Combine(Repo.Root, "src", "Scenarios", "scenarios"))).First();

    private static string Row(params FactShare[] shares)
    {
        var report = new RobustnessReport([AnyFact], 10, 1, new Dictionary<string, FactResult> { [AnyFact.Id] = new(AnyFact, true, "holds: 90 %", 0.9) },
            shares, [], null, []);
        return RobustnessOutputs.Markdown(report).Split('\n').Single(l => l.StartsWith($"| {AnyFact.Id} |", StringComparison.Ordinal)).TrimEnd();
    }

    private static FactShare Moved(double change, bool holds) => new(AnyFact.Id, FactShare.Oat, "initiatives[0].cash", change, 1, holds ? 1 : 0);

    [Fact]
    public void A_fact_with_no_change_run_is_not_called_robust()
    {
        string row = Row();
        Assert.DoesNotContain("robust to", row);
        Assert.EndsWith("| (none run) | (none run) | holds as written; no ±10% change run |", row);
    }

    [Fact]
    public void A_fact_moved_by_ten_percent_alone_is_robust_at_ten_and_untested_at_twenty()
    {
        Assert.EndsWith("| – | (none run) | robust to ±10% |", Row(Moved(-0.1, true), Moved(0.1, true)));
        Assert.EndsWith("| – | – | robust to ±10% |", Row(Moved(-0.1, true), Moved(0.1, true), Moved(0.2, true)));
    }

    [Fact]
    public void A_fact_that_fails_a_ten_percent_change_is_fragile_whatever_else_ran()
    {
        Assert.EndsWith("| initiatives[0].cash +10% | (none run) | **fragile** |", Row(Moved(-0.1, true), Moved(0.1, false)));
    }
}
