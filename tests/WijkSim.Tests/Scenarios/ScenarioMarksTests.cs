using WijkSim.Experiments.Robustness;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Scenarios;

/// <summary>Robustness moves exactly the numbers a scenario line marks "ASSUMPTION" or "calibrated:"
/// (Experiments/Robustness/AssumptionAmounts.cs). A line that calls its number calibrated in other words
/// ("calibrated (round ...)") is skipped without a word: the thirty-fifth round's De Ketel motivation was,
/// and its robustness table missed the one amount the round was about (docs/model.md §6).</summary>
public class ScenarioMarksTests
{
    public static TheoryData<string> AllScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in Repo.ShippedScenarioNames()) data.Add(name);
        foreach (var name in Repo.VariantScenarioNames()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllScenarioFiles))]
    public void A_line_that_says_calibrated_marks_its_number_so_that_robustness_moves_it(string file)
    {
        var unmarked = File.ReadAllLines(Repo.Scenario(file))
            .Select((line, i) => (Line: line, Number: i + 1))
            .Where(l => l.Line.Contains("calibrated", StringComparison.OrdinalIgnoreCase) && !AssumptionAmounts.Marks(l.Line))
            .Select(l => $"{file}:{l.Number}: {l.Line.Trim()}")
            .ToArray();
        Assert.True(unmarked.Length == 0, "write 'calibrated:' (or ASSUMPTION) so robustness moves the number:\n" + string.Join('\n', unmarked));
    }
}
