using System.Globalization;
using WijkSim.Experiments.Calibration;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim calibrate</c> on the real model: parameter recovery from targets made with known
/// values, a prior that excludes the truth, identical outputs twice, and bad input.</summary>
public class CalibrateCommandTests
{
    private static readonly string[] Small = ["--set", "population.residents=400", "--weeks", "156"];
    private const double TrueMotivation = 0.3, TrueCosts = 6000;

    /// <summary>Targets measured on runs with the known values (seeds 1-4, as calibrate's replications).</summary>
    private static string WriteTargets(string dir)
    {
        var config = ScenarioLoader.Load(Repo.Scenario("baseline.yaml"), ["population.residents=400",
            $"population.civic_motivation.mean={TrueMotivation.ToString(CultureInfo.InvariantCulture)}",
            $"initiatives[0].fixed_costs_per_year={TrueCosts.ToString(CultureInfo.InvariantCulture)}"]).Config with { Weeks = 156 };
        var runs = RunSet.From("baseline", config, Enumerable.Range(1, 4).Select(s => KernelRun.Run(config, (ulong)s)).ToArray());
        var at = new SourceLocation("test", 0, 0);
        double Stat(string column) => new WeeklyTarget(column, new Observation(column, 0, 0, 1), "ASSUMPTION", at, "baseline", column, "mean",
            config.Start, config.DateOf(config.Weeks - 1), null).Evaluate(_ => runs);
        string path = Path.Combine(dir, "targets.yaml");
        File.WriteAllText(path, $"""
            targets:
              - id: active
                measure: active_volunteers
                observed: {Stat("active_volunteers").ToString("R", CultureInfo.InvariantCulture)}
                source: "ASSUMPTION: generated from runs with known values"
              - id: cash
                measure: cash
                observed: {Stat("cash").ToString("R", CultureInfo.InvariantCulture)}
                source: "ASSUMPTION: generated from runs with known values"
            """);
        return path;
    }

    private static CliProcess.Result Calibrate(string dir, string targets, string motivationPrior, string output) =>
        CliProcess.Run(dir, ["calibrate", Repo.Scenario("baseline.yaml"), "--targets", targets,
            "--param", $"population.civic_motivation.mean={motivationPrior}", "--param", "initiatives[0].fixed_costs_per_year=1000:20000:log",
            "--particles", "40", "--generations", "4", "--replications", "4", "--no-plots", "--out", output, .. Small]);

    private static Dictionary<string, (double Low, double High)> Intervals(string posteriorCsv)
    {
        var lines = File.ReadAllLines(posteriorCsv);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        int last = rows.Max(r => int.Parse(r[0], CultureInfo.InvariantCulture));
        var final = rows.Where(r => int.Parse(r[0], CultureInfo.InvariantCulture) == last).ToArray();
        var weights = final.Select(r => double.Parse(r[3], CultureInfo.InvariantCulture)).ToArray();
        return new[] { 5, 6 }.ToDictionary(c => header[c], c =>
        {
            var values = final.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture)).ToArray();
            return (WeightedQuantile.Of(values, weights, 0.05), WeightedQuantile.Of(values, weights, 0.95));
        });
    }

    [Fact]
    public void Calibrating_two_parameters_recovers_the_known_values_inside_the_90_percent_intervals_and_a_prior_without_them_cannot()
    {
        string dir = Repo.TempFolder("calibrate");
        string targets = WriteTargets(dir);
        var result = Calibrate(dir, targets, "0.1:0.6", "c");
        Assert.True(result.ExitCode == 0, result.Err);
        foreach (var file in new[] { "posterior.csv", "calibrated.yaml", "posterior.md", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(dir, "c", file)), $"{file} is missing");
        Assert.False(Directory.Exists(Path.Combine(dir, "c", ".experiment")), "the journal is dropped once the outputs are written");
        var found = Intervals(Path.Combine(dir, "c", "posterior.csv"));
        Assert.InRange(TrueMotivation, found["population.civic_motivation.mean"].Low, found["population.civic_motivation.mean"].High);
        Assert.InRange(TrueCosts, found["initiatives[0].fixed_costs_per_year"].Low, found["initiatives[0].fixed_costs_per_year"].High);
        Assert.True(found["population.civic_motivation.mean"].High - found["population.civic_motivation.mean"].Low < 0.25, "the targets should narrow the prior");
        // The calibrated scenario loads and sets the posterior medians through its set: section.
        var calibrated = ScenarioLoader.Load(Path.Combine(dir, "c", "calibrated.yaml")).Config;
        Assert.InRange(calibrated.Population.CivicMotivation.Mean, found["population.civic_motivation.mean"].Low, found["population.civic_motivation.mean"].High);

        // The same test with a prior that excludes the true motivation: the interval cannot hold it.
        var excluded = Calibrate(dir, targets, "0.45:0.6", "x");
        Assert.True(excluded.ExitCode == 0, excluded.Err);
        var wrong = Intervals(Path.Combine(dir, "x", "posterior.csv"));
        Assert.False(wrong["population.civic_motivation.mean"].Low <= TrueMotivation && TrueMotivation <= wrong["population.civic_motivation.mean"].High);

        // Run again: the same bytes.
        var again = Calibrate(dir, targets, "0.1:0.6", "c2");
        Assert.True(again.ExitCode == 0, again.Err);
        foreach (var file in new[] { "posterior.csv", "posterior.md" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "c", file)), File.ReadAllBytes(Path.Combine(dir, "c2", file)));
    }

    [Fact]
    public async Task A_calibration_stopped_by_ctrl_c_keeps_its_finished_runs_and_the_same_command_resumes_to_the_same_posterior()
    {
        string dir = Repo.TempFolder("calibrate-interrupt");
        string targets = WriteTargets(dir);
        string[] Args(string output) => ["calibrate", Repo.Scenario("baseline.yaml"), "--targets", targets,
            "--param", "initiatives[0].fixed_costs_per_year=1000:20000:log", "--particles", "20", "--generations", "2", "--replications", "4",
            "--no-plots", "--out", output, "--parallel", "1", .. Small];   // one run at a time: it cannot finish before Ctrl-C on a busy machine
        string stages = Path.Combine(dir, "i", ".experiment", "stages");
        int Finished() => Directory.Exists(stages) ? Directory.GetFiles(stages, "*.run", SearchOption.AllDirectories).Length : 0;

        var stopped = await CliProcess.Interrupt(dir, Args("i"), () => Finished() >= 30);
        Assert.Equal(130, stopped.ExitCode);
        Assert.Contains("Run the same command again to continue", stopped.Err);
        int kept = Finished();
        Assert.True(kept >= 30, $"only {kept} runs were kept");
        Assert.False(File.Exists(Path.Combine(dir, "i", "posterior.csv")), "nothing is written as if it were complete");

        var resumed = CliProcess.Run(dir, Args("i"));
        Assert.True(resumed.ExitCode == 0, resumed.Err);
        var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "i", "manifest.json"))).RootElement;
        Assert.Equal(kept, manifest.GetProperty("runs_resumed").GetInt32());
        var whole = CliProcess.Run(dir, Args("w"));
        Assert.True(whole.ExitCode == 0, whole.Err);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "w", "posterior.csv")), File.ReadAllBytes(Path.Combine(dir, "i", "posterior.csv")));
    }

    [Theory]
    [InlineData("targets:\n  - id: a\n    fact: jan-eef.ends\n    observed: [0.6, 1]\n    sorce: \"002 l.1\"\n", "targets[0].sorce", "did you mean 'source'")]
    [InlineData("targets:\n  - id: a\n    measure: cassh\n    observed: 3\n    source: ASSUMPTION\n", "targets[0].measure", "did you mean 'cash'")]
    [InlineData("targets:\n  - id: a\n    fact: jan-eef.ends\n    observed: [1, 0.6]\n    source: \"002 l.1\"\n", "line 4", "low ≤ high")]
    [InlineData("targets:\n  - id: a\n    measure: cash\n    observed: 3\n    source: my guess\n", "targets[0].source", "ASSUMPTION")]
    [InlineData("targets: [\n", "line", "malformed YAML")]
    public void A_malformed_targets_file_is_refused_naming_file_line_and_key_and_nothing_is_lost(string yaml, string where, string why)
    {
        string dir = Repo.TempFolder("calibrate-bad");
        File.WriteAllText(Path.Combine(dir, "t.yaml"), yaml);
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        File.WriteAllText(Path.Combine(dir, "out", "keep.txt"), "earlier results");
        var result = CliProcess.Run(dir, "calibrate", Repo.Scenario("jan-eef.yaml"), "--targets", "t.yaml",
            "--param", "initiatives[0].fixed_costs_per_year=8000:20000", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("t.yaml", result.Err);
        Assert.Contains(where, result.Err);
        Assert.Contains(why, result.Err);
        Assert.Equal("earlier results", File.ReadAllText(Path.Combine(dir, "out", "keep.txt")));
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Path.Combine(dir, "out")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("initiatives[0].fixed_costs_per_year=5:5", "expected lo < hi")]
    [InlineData("initiatives[0].name=1:2", "does not hold a number")]
    [InlineData("initiatives[0].fixed_costs_per_year=8000", "expected a range")]
    [InlineData("initiatives[0].fixed_cost_per_year=1:2", "fixed_cost_per_year")]
    public void A_bad_parameter_range_is_refused_naming_the_argument(string param, string why)
    {
        string dir = Repo.TempFolder("calibrate-param");
        File.WriteAllText(Path.Combine(dir, "t.yaml"), "targets:\n  - id: a\n    fact: jan-eef.ends\n    observed: [0.6, 1]\n    source: \"002 l.2290\"\n");
        var result = CliProcess.Run(dir, "calibrate", Repo.Scenario("jan-eef.yaml"), "--targets", "t.yaml", "--param", param, "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(why, result.Err);
        Assert.DoesNotContain("   at ", result.Err); // no stack trace
    }
}
