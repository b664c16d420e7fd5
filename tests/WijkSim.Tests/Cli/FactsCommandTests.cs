using WijkSim.Scenarios.Facts;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim facts --first-seed S --seeds N</c> evaluates the facts on seeds S to S+N−1, so a
/// reader can check them on seeds the model was never tuned on; <c>--set</c> measures them with a rule or amount changed.</summary>
public class FactsCommandTests
{
    private static string Folder => Path.Combine(Repo.Root, "src", "Scenarios", "scenarios");

    [Fact]
    public void Facts_from_a_first_seed_are_measured_on_that_range_of_seeds()
    {
        var result = CliProcess.Run(Repo.TempFolder("facts"), "facts", "--first-seed", "1000", "--seeds", "10", "--scenarios", Folder);
        Assert.True(result.ExitCode is 0 or 1, result.Err); // 1 = some fact fails on these 10 seeds; still a table
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("measured over seeds 1000–1009"));
        Assert.StartsWith("### Held out, emergent", lines[0]);
        Assert.DoesNotContain("no story checks", result.Err);

        var book = WijkSim.Experiments.Stories.FactBook.All(new NamedScenarios(Folder));
        var late = new FactRunner(Folder, 10, 1000);
        var early = new FactRunner(Folder, 10, 1);
        var details = book.Select(f => (f.Id, Late: late.Evaluate(f).Detail, Early: early.Evaluate(f).Detail)).ToArray();
        foreach (var d in details) // every fact and story check has its row, with the figure measured on seeds 1000-1009
            Assert.Single(lines, l => l.Contains($"| {d.Id} |") && l.Contains($"| {d.Late} |"));
        Assert.Contains(details, d => d.Late != d.Early); // the range of seeds matters, so the option is really used
    }

    [Fact]
    public void A_scenario_folder_without_stories_beside_it_is_named_on_stderr()
    {
        string root = Repo.TempFolder("facts-no-stories");
        string copy = Path.Combine(root, "scenarios");
        Repo.CopyTree(Folder, copy); // the scenario files and their variants/, without the stories beside them
        var result = CliProcess.Run(root, "facts", "--seeds", "10", "--scenarios", copy);
        Assert.True(result.ExitCode is 0 or 1, result.Err);
        Assert.Contains("no story checks", result.Err);
        Assert.Contains(Path.Combine(root, "stories"), result.Err);
        Assert.DoesNotContain(".story.", result.Out); // and indeed no story check ran
    }

    [Fact]
    public void Facts_with_a_setting_are_measured_with_it_in_every_scenario_and_say_so()
    {
        const string setting = "rules.participation.peer_weight=0";
        var result = CliProcess.Run(Repo.TempFolder("facts-set"), "facts", "--seeds", "10", "--set", setting, "--scenarios", Folder);
        Assert.True(result.ExitCode is 0 or 1, result.Err);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains($"measured over seeds 1–10 with --set {setting}")); // a pasted table names its setting

        var book = WijkSim.Experiments.Stories.FactBook.All(new NamedScenarios(Folder));
        var with = new FactRunner(Folder, 10, 1, [setting]);
        var without = new FactRunner(Folder, 10, 1);
        var details = book.Select(f => (f.Id, With: with.Evaluate(f).Detail, Without: without.Evaluate(f).Detail)).ToArray();
        foreach (var d in details)
            Assert.Single(lines, l => l.Contains($"| {d.Id} |") && l.Contains($"| {d.With} |"));
        Assert.Contains(details, d => d.With != d.Without); // the setting reached the runs
    }

    [Fact]
    public void A_setting_with_an_unknown_key_is_refused_naming_it_before_any_row_is_printed()
    {
        var result = CliProcess.Run(Repo.TempFolder("facts-set-bad"), "facts", "--seeds", "10", "--set", "rules.participation.peer_wieght=0", "--scenarios", Folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--set rules.participation.peer_wieght=0", result.Err);
        Assert.Contains("peer_weight", result.Err); // the message lists the keys that exist
        Assert.Equal("", result.Out.Trim());
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("soon")]
    public void A_first_seed_that_is_not_a_positive_whole_number_is_refused_naming_the_option(string first)
    {
        var result = CliProcess.Run(Repo.TempFolder("facts-bad"), "facts", "--first-seed", first, "--seeds", "10");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--first-seed", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
