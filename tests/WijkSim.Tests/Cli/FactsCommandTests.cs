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
    public void Facts_with_a_setting_are_measured_with_it_in_every_scenario_and_written_as_tables_csv_and_manifest()
    {
        const string setting = "rules.participation.peer_weight=0";
        string root = Repo.TempFolder("facts-set");
        string outputs = Path.Combine(root, "out");
        var result = CliProcess.Run(root, "facts", "--seeds", "10", "--set", setting, "--scenarios", Folder, "--out", outputs);
        Assert.True(result.ExitCode is 0 or 1, result.Err);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains($"measured over seeds 1–10 with --set {setting}")); // a pasted table names its setting

        var book = WijkSim.Experiments.Stories.FactBook.All(new NamedScenarios(Folder));
        var with = new FactRunner(Folder, 10, 1, [setting]);
        var without = new FactRunner(Folder, 10, 1);
        var results = book.Select(f => (Fact: f, With: with.Evaluate(f), Without: without.Evaluate(f))).ToArray();
        foreach (var r in results)
            Assert.Single(lines, l => l.Contains($"| {r.Fact.Id} |") && l.Contains($"| {r.With.Detail} |"));
        Assert.Contains(results, r => r.With.Detail != r.Without.Detail); // the setting reached the runs

        // --out: the tables as printed (stdout holds only them), and one CSV row per fact with the measured value.
        Assert.Equal(result.Out, File.ReadAllText(Path.Combine(outputs, "facts.md")));
        Assert.Contains("outputs in", result.Err);
        var csv = File.ReadAllLines(Path.Combine(outputs, "facts.csv"));
        Assert.Equal("id,case,kind,use,evidence,known_to_fail,statistic,value,needs,holds,first_seed,seeds", csv[0]);
        Assert.Equal(book.Count, csv.Length - 1);
        foreach (var r in results)
        {
            var row = Assert.Single(csv, l => l.StartsWith(r.Fact.Id + ",", StringComparison.Ordinal)).Split(',');
            int n = row.Length; // the case may be quoted, but it holds no comma
            Assert.Equal(r.With.Value, double.Parse(row[n - 5], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(r.With.Holds ? "1" : "0", row[n - 3]);
            Assert.Equal(r.Fact is CompareFact ? "p_value" : "share_of_seeds", row[n - 6]);
            Assert.Equal(["1", "10"], row[^2..]);
        }
        // facts-by-seed.csv: each seed's outcome, which averages to the share in facts.csv (a counterfactual: its measure per scenario).
        var bySeed = File.ReadAllLines(Path.Combine(outputs, "facts-by-seed.csv"));
        Assert.Equal("id,scenario,seed,holds,value", bySeed[0]);
        var rowsOf = bySeed.Skip(1).Select(l => l.Split(',')).ToLookup(c => c[0]);
        foreach (var r in results)
        {
            var rows = rowsOf[r.Fact.Id].ToArray();
            if (r.Fact is CompareFact)
            {
                Assert.Equal(20, rows.Length);
                Assert.All(rows, c => Assert.Equal("NA", c[3]));
                continue;
            }
            Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString()), rows.Select(c => c[2]));
            Assert.Equal(r.With.Value, rows.Count(c => c[3] == "1") / 10.0, 12);
            // A story check also gives the statistic its verdict reads, each seed's as the in-process run gives it.
            if (r.Fact is ShareFact { Measure: { } measure } story)
            {
                var run = with.Runs(story.Scenario).Runs.ToDictionary(x => x.Seed.ToString());
                Assert.All(rows, c => Assert.Equal(WijkSim.Silo.Output.Csv.NumberOrNa(measure(run[c[2]])), c[4]));
            }
            else
                Assert.All(rows, c => Assert.Equal("NA", c[4]));
        }
        // The story checks' values are numbers, not NA throughout (the restated supporters-grow's ratio, for one).
        Assert.Contains(rowsOf["jan-eef.story.supporters-grow"], c => c[4] != "NA" && double.Parse(c[4], System.Globalization.CultureInfo.InvariantCulture) > 0);
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(outputs, "manifest.json")));
        Assert.Equal(setting, manifest.RootElement.GetProperty("settings")[0].GetString());
        Assert.Equal(10, manifest.RootElement.GetProperty("seeds").GetProperty("count").GetInt32());
        Assert.Contains(manifest.RootElement.GetProperty("scenarios").EnumerateArray(), s => s.GetProperty("name").GetString() == "jan-eef");
        Assert.Equal(results.Count(r => !r.With.Holds), manifest.RootElement.GetProperty("failing").GetInt32());
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused_before_anything_runs_and_the_file_is_kept()
    {
        string root = Repo.TempFolder("facts-out-file");
        string file = Path.Combine(root, "results");
        File.WriteAllText(file, "my notes");
        var result = CliProcess.Run(root, "facts", "--seeds", "10", "--scenarios", Folder, "--out", file);
        Assert.Equal(3, result.ExitCode); // CliErrors.BadOutput
        Assert.Contains("results", result.Err);
        Assert.Contains("a file with that name exists", result.Err);
        Assert.Equal("", result.Out.Trim());
        Assert.Equal("my notes", File.ReadAllText(file));
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
