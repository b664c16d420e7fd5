using System.Globalization;
using WijkSim.Experiments.Robustness;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim robustness</c> and <c>wijksim discover</c> from the command line.</summary>
public class RobustnessAndDiscoverTests
{
    private static readonly string ScenarioFolder = Path.Combine(Repo.Root, "src", "Scenarios", "scenarios");

    /// <summary>Runs robustness on the repository's scenarios in a fresh folder with its outputs in r/, asserts
    /// that it succeeded, and returns the folder and robustness.csv's rows (no header), split at commas.</summary>
    private static (string Dir, string[][] Rows) Robustness(string folder, params string[] args)
    {
        string dir = Repo.TempFolder(folder);
        var result = CliProcess.Run(dir, ["robustness", "--scenarios", ScenarioFolder, .. args, "--out", "r"]);
        Assert.True(result.ExitCode == 0, result.Err);
        return (dir, File.ReadAllLines(Path.Combine(dir, "r", "robustness.csv")).Skip(1).Select(l => l.Split(',')).ToArray());
    }
    [Fact]
    public void The_assumption_amounts_are_the_numbers_on_lines_marked_assumption_in_the_file_and_its_parents()
    {
        var loaded = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml"));
        var keys = AssumptionAmounts.In(loaded.Files).Select(a => a.Key).ToArray();
        Assert.Contains("events[0].value", keys);                          // the debt: "calibrated: posterior median ..."
        Assert.Contains("municipality.alderman_drop_probability", keys);
        Assert.DoesNotContain("initiatives[0].founders", keys);            // "the six active staff (l.1943)": sourced
        Assert.DoesNotContain("weeks", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith(".min") || k.EndsWith(".max"));
    }

    [Fact]
    public void Robustness_reports_every_fact_of_a_case_as_written_and_under_each_assumption_amount_moved_alone()
    {
        var (dir, rows) = Robustness("robustness", "--facts", "voedseltuin", "--seeds", "3", "--oat", "0.1", "--weeks", "200");
        foreach (var file in new[] { "robustness.csv", "robustness.md", "robustness.png", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(dir, "r", file)), $"{file} is missing");
        var facts = rows.Select(r => r[0]).Distinct().ToArray();
        var expected = WijkSim.Experiments.Stories.FactBook.All(new WijkSim.Scenarios.Facts.NamedScenarios(ScenarioFolder))
            .Where(f => f.Id.StartsWith("voedseltuin", StringComparison.Ordinal)).Select(f => f.Id).Order().ToArray();
        Assert.Equal(expected, facts.Order().ToArray()); // every Voedseltuin fact and story check
        Assert.All(facts, f => Assert.Contains(rows, r => r[0] == f && r[2] == "nominal"));
        // Each ASSUMPTION amount of voedseltuin.yaml is moved by -10% and +10%, one at a time.
        var amounts = AssumptionAmounts.In(ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml")).Files).Select(a => a.Key).ToArray();
        var moved = rows.Where(r => r[2] == "oat").Select(r => r[3]).Distinct().ToArray();
        Assert.NotEmpty(moved);
        Assert.All(moved, k => Assert.Contains(k, amounts));
        Assert.Contains(rows, r => r[2] == "oat" && r[4] == "-0.1");
        Assert.Contains(rows, r => r[2] == "oat" && r[4] == "0.1");
        var table = File.ReadAllText(Path.Combine(dir, "r", "robustness.md"));
        Assert.Contains("| voedseltuin.both-leases |", table);
        Assert.False(Directory.Exists(Path.Combine(dir, "r", ".experiment")));
    }

    [Fact]
    public void A_loaded_variant_keeps_its_events_as_written_so_that_keys_index_the_files_events()
    {
        var rhythm = ScenarioLoader.Load(Repo.Scenario("jan-eef-rhythm.yaml"));   // removes 'provider' and 'tapering'
        Assert.Equal(rhythm.Config.Events.Count + 2, rhythm.AsWritten.Events.Count);
        Assert.Equal(175.0, rhythm.AsWritten.Events[8].Value);                        // the renewal levy, as jan-eef.yaml numbers it
        Assert.Equal(175.0, rhythm.Config.Events[6].Value);                           // and after the two are removed
    }

    [Fact]
    public void Robustness_does_not_move_an_event_that_a_variant_removes_and_moves_the_ones_it_keeps()
    {
        // The fact runs only the variant without the scripted campaigns. Moving the first street day's strength
        // (events[1], a campaign) would run the variant as written and count it as robust; the formalisation
        // (events[3]) is kept by the variant and must be moved. Before the fix the nominal was read from the
        // renumbered events, so events[1] named the formalisation (0.7) and its moved values went to the removed day.
        var moved = Robustness("robustness-variant", "--facts", "jan-eef.peak-without-scripted-days", "--seeds", "2", "--oat", "0.1", "--weeks", "330", "--no-plots")
            .Rows.Where(r => r[2] == "oat").Select(r => r[3]).Distinct().ToArray();
        Assert.DoesNotContain("events[1].value", moved);
        Assert.DoesNotContain("events[2].value", moved);
        Assert.Contains("events[3].value", moved);
        Assert.Contains("events[8].value", moved);
    }

    [Fact]
    public void The_rule_coefficients_are_every_number_under_rules_and_each_is_a_key_a_scenario_can_set()
    {
        var keys = RuleCoefficients.Keys;
        Assert.Contains("rules.trust.drift_weight", keys);
        Assert.Contains("rules.participation.bias", keys);
        Assert.Contains("rules.draagvlak.progress_grace_weeks", keys);       // a whole number
        Assert.True(keys.Count > 100, $"{keys.Count} coefficients");
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.NotNull(WijkSim.Experiments.Design.ParameterKeys.Find(k)));
    }

    [Fact]
    public void Robustness_can_move_each_rule_coefficient_alone_instead_of_the_assumption_amounts()
    {
        var moved = Robustness("robustness-rules", "--facts", "de-ketel.story.users-leave-gradually", "--oat-amounts", "rules", "--seeds", "2", "--oat", "0.1", "--weeks", "120", "--no-plots")
            .Rows.Where(r => r[2] == "oat").Select(r => r[3]).Distinct().ToArray();
        Assert.Contains("rules.trust.drift_weight", moved);
        Assert.All(moved, k => Assert.StartsWith("rules.", k));                 // no scenario amount
        Assert.All(moved, k => Assert.Contains(k, RuleCoefficients.Keys));
        Assert.True(moved.Length > 100, $"{moved.Length} coefficients moved");
        var wrong = CliProcess.Run(Repo.TempFolder("robustness-rules-bad"), "robustness", "--oat-amounts", "rule");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--oat-amounts", wrong.Err);
    }

    [Fact]
    public void Robustness_moves_only_the_keys_given_and_refuses_a_key_that_is_not_a_marked_amount()
    {
        var (_, rows) = Robustness("robustness-keys", "--facts", "de-ketel.story.users-leave-gradually", "--oat-keys", "funders[0].grant_per_year",
            "--oat-keys", "initiatives[0].cash", "--seeds", "2", "--oat", "0.1", "--weeks", "120", "--no-plots");
        var moved = rows.Where(r => r[2] == "oat").Select(r => r[3]).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["funders[0].grant_per_year", "initiatives[0].cash"], moved);
        Assert.Contains(rows, r => r[2] == "nominal");                         // the row as written is still there
        // A key that is not a marked amount (here a typo) is refused before any run, naming the option and the key.
        var wrong = CliProcess.Run(Repo.TempFolder("robustness-keys-bad"), "robustness", "--scenarios", ScenarioFolder,
            "--facts", "de-ketel.story.users-leave-gradually", "--oat-keys", "funders[0].grant_per_yeer", "--seeds", "2", "--no-plots", "--out", "r");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--oat-keys", wrong.Err);
        Assert.Contains("funders[0].grant_per_yeer", wrong.Err);
    }

    [Fact]
    public void Robustness_lists_the_amounts_it_would_move_with_their_values_and_runs_nothing()
    {
        string dir = Repo.TempFolder("robustness-list");
        var result = CliProcess.Run(dir, "robustness", "--scenarios", ScenarioFolder,
            "--facts", "de-ketel.story.users-leave-gradually", "--list-amounts", "--out", "r");
        Assert.True(result.ExitCode == 0, result.Err);
        var lines = result.Out.Trim().Split('\n');
        Assert.Equal("key\tnominal\tscenarios", lines[0]);
        var grant = lines.Single(l => l.StartsWith("funders[0].grant_per_year\t", StringComparison.Ordinal)).Split('\t');
        Assert.True(double.Parse(grant[1], CultureInfo.InvariantCulture) > 0);
        Assert.Contains("de-ketel", grant[2].Split(','));
        Assert.DoesNotContain(lines, l => l.StartsWith("rules.", StringComparison.Ordinal));   // coefficients only with --oat-amounts rules
        Assert.False(Directory.Exists(Path.Combine(dir, "r")));                                // nothing ran
    }

    /// <summary>The generic facts' variants are scenario files (scenarios/variants/), so their own unsourced
    /// numbers are moved, each in its variant only, apart from the baseline's value of the same key; while
    /// they were set in code, after loading, no percentage reached them.</summary>
    [Fact]
    public void Robustness_moves_the_numbers_a_variant_file_sets_in_that_variant_alone()
    {
        var result = CliProcess.Run(Repo.TempFolder("robustness-variants"), "robustness", "--scenarios", ScenarioFolder,
            "--facts", "generic.transparency-trust", "--list-amounts");
        Assert.True(result.ExitCode == 0, result.Err);
        var transparency = result.Out.Split('\n').Where(l => l.StartsWith("initiatives[0].transparency\t", StringComparison.Ordinal))
            .Select(l => l.Trim().Split('\t')).ToDictionary(f => f[1], f => f[2]);
        Assert.Equal("transparent", transparency["0.9"]);
        Assert.Equal("opaque", transparency["0.2"]);
        Assert.Equal(2, transparency.Count); // neither variant runs the baseline's 0.6
    }

    /// <summary>Where one fact's scenarios write a key with two values, each row names its amount
    /// ("key=value"), whether both are moved or only the one picked with --oat-keys key=value.</summary>
    [Fact]
    public void Robustness_names_each_of_two_amounts_of_one_key_by_its_value_and_moves_one_on_request()
    {
        string[] Moved(params string[] keys)
        {
            return Robustness("robustness-labels", ["--facts", "generic.transparency-trust", .. keys.SelectMany(k => new[] { "--oat-keys", k }),
                "--seeds", "2", "--oat", "0.1", "--weeks", "40", "--no-plots"]).Rows
                .Where(r => r[2] == "oat").Select(r => $"{r[3]} {r[4]}").Order(StringComparer.Ordinal).ToArray();
        }
        Assert.Equal(["initiatives[0].transparency=0.2 -0.1", "initiatives[0].transparency=0.2 0.1", "initiatives[0].transparency=0.9 -0.1",
            "initiatives[0].transparency=0.9 0.1"], Moved("initiatives[0].transparency"));
        Assert.Equal(["initiatives[0].transparency=0.9 -0.1", "initiatives[0].transparency=0.9 0.1"], Moved("initiatives[0].transparency=0.9"));
    }

    /// <summary>A whole number that ±10% rounds back to itself (a 4-week decision lag) is moved by one unit
    /// instead (thirty-third session; before, it was not run and the fact read "robust"), and a move the loader
    /// refuses (an odd network degree) is not run, and the table says so: the fact is robust only to the
    /// moves that ran (thirty-sixth round).</summary>
    [Fact]
    public void Robustness_moves_a_whole_number_by_one_unit_and_names_the_moves_it_could_not_run()
    {
        const string lag = "municipality.agreements[0].decision_lag_weeks";
        var (dir, rows) = Robustness("robustness-not-run", "--facts", "jan-eef.ends", "--oat-keys", lag, "--oat-keys", "network.degree",
            "--seeds", "2", "--oat", "0.1", "--no-plots");
        Assert.DoesNotContain(rows, r => r[2] == "oat");                                  // neither moves as the percentage says
        var unit = rows.Where(r => r[2] == FactShare.OneUnit).ToArray();
        Assert.Equal(["-0.1", "0.1"], unit.Select(r => r[4]).Order(StringComparer.Ordinal).ToArray());
        Assert.All(unit, r => Assert.Equal((lag, "1"), (r[3], r[5])));                   // run, on one point each
        var notRun = rows.Where(r => r[2] == FactShare.NotRun).ToArray();
        Assert.Equal(["-0.1", "0.1"], notRun.Select(r => r[4]).Order(StringComparer.Ordinal).ToArray());
        Assert.All(notRun, r => Assert.Equal(("jan-eef.ends", "network.degree", "0", "NA", "NA"), (r[0], r[3], r[5], r[6], r[7])));
        Assert.Equal("1", rows.Single(r => r[2] == "nominal")[6]);                       // it holds as written on seeds 1-2
        var row = File.ReadAllLines(Path.Combine(dir, "r", "robustness.md")).Single(l => l.StartsWith("| jan-eef.ends |", StringComparison.Ordinal));
        Assert.EndsWith("(not run: network.degree -10%; network.degree +10%) |", row);
        var manifest = File.ReadAllText(Path.Combine(dir, "r", "manifest.json"));
        Assert.Contains("even", manifest);                                                // the loader's reason
        // The lag ran at 3 and 5 weeks: the run's manifest names the values it set.
        Assert.Contains($"{lag} -10%: 3", manifest);
        Assert.Contains($"{lag} +10%: 5", manifest);
    }

    [Theory]
    [InlineData("initiatives[0].transparency=high", "a number")]
    [InlineData("initiatives[0].transparency=0.5", "0.2, 0.9")]
    public void Robustness_refuses_an_amount_no_scenario_writes_rather_than_moving_nothing(string entry, string named)
    {
        // Before, a value that did not parse picked every amount of the key, and one no file writes picked none.
        var result = CliProcess.Run(Repo.TempFolder("robustness-bad-amount"), ["robustness", "--scenarios", ScenarioFolder,
            "--facts", "generic.transparency-trust", "--oat-keys", entry, "--seeds", "2", "--oat", "0.1", "--weeks", "40", "--no-plots", "--out", "r"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--oat-keys", result.Err);
        Assert.Contains(named, result.Err);
    }

    [Fact]
    public void Robustness_refuses_an_unknown_fact_prefix_naming_the_option()
    {
        var result = CliProcess.Run(Repo.TempFolder("robustness-bad"), "robustness", "--facts", "jan-eeef");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--facts", result.Err);
        Assert.Contains("jan-eef.ends", result.Err);
    }

    [Fact]
    public void Discover_finds_a_known_box_in_a_runs_csv_and_refuses_a_missing_column()
    {
        // A synthetic sweep: the outcome holds where a > 0.6 and b < 0.3, whatever c is.
        string dir = Repo.TempFolder("discover");
        string sweep = Path.Combine(dir, "sweep");
        Directory.CreateDirectory(sweep);
        var lines = new List<string> { "run,scenario,point,a,b,c,replication,seed,initiative,survived" };
        var points = WijkSim.Experiments.Design.LatinHypercube.Unit(3, 1000, 3);
        for (int i = 0; i < points.Length; i++)
        {
            var p = points[i];
            string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
            lines.Add($"{i},s,{i},{F(p[0])},{F(p[1])},{F(p[2])},0,1,x,{(p[0] > 0.6 && p[1] < 0.3 ? 1 : 0)}");
        }
        File.WriteAllLines(Path.Combine(sweep, "runs.csv"), lines);
        var result = CliProcess.Run(dir, "discover", "sweep", "--outcome", "survived");
        Assert.True(result.ExitCode == 0, result.Err);
        var boxes = File.ReadAllLines(Path.Combine(sweep, "discover", "boxes.csv")).Skip(1).Select(l => l.Split(',')).Where(r => r[0] == "1").ToArray();
        Assert.Equal(["a", "b"], boxes.Select(r => r[1]).Order());
        Assert.InRange(double.Parse(boxes.Single(r => r[1] == "a")[2], CultureInfo.InvariantCulture), 0.55, 0.65);
        Assert.InRange(double.Parse(boxes.Single(r => r[1] == "b")[3], CultureInfo.InvariantCulture), 0.25, 0.35);
        Assert.Contains("Box 1: where a from", File.ReadAllText(Path.Combine(sweep, "discover", "discovery.md")));
        Assert.True(File.Exists(Path.Combine(sweep, "discover", "peeling.png")));

        var missing = CliProcess.Run(dir, "discover", "sweep", "--outcome", "survivd");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("did you mean 'survived'", missing.Err);
        var noRuns = CliProcess.Run(dir, "discover", dir, "--outcome", "survived");
        Assert.Equal(2, noRuns.ExitCode);
        Assert.Contains("no runs.csv", noRuns.Err);
    }
}
