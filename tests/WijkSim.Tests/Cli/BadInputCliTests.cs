using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>Bad input through the real program: one paragraph on stderr, a non-zero exit, no stack
/// trace, and nothing already in the output folder lost.</summary>
public class BadInputCliTests
{
    private static readonly string JanEef = Repo.Scenario("jan-eef.yaml");

    private static void AssertRefused(CliProcess.Result result, int exitCode, params string[] fragments)
    {
        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("error: ", result.Err);
        Assert.DoesNotContain("   at ", result.Err);           // no stack trace
        Assert.Single(result.Err.Trim().Split('\n'));           // one paragraph
        foreach (var f in fragments) Assert.Contains(f, result.Err);
    }

    [Fact]
    public void A_missing_scenario_file_is_refused()
    {
        AssertRefused(CliProcess.Run(Repo.TempFolder("missing"), "run", "nowhere.yaml"), 2, "nowhere.yaml", "does not exist");
    }

    [Fact]
    public void A_truncated_scenario_is_refused_with_its_line()
    {
        string dir = Repo.TempFolder("truncated");
        string text = File.ReadAllText(JanEef);
        File.WriteAllText(Path.Combine(dir, "cut.yaml"), text[..(text.IndexOf("reach: {", StringComparison.Ordinal) + 20)]);
        AssertRefused(CliProcess.Run(dir, "validate", "cut.yaml"), 2, "cut.yaml, line");
    }

    [Theory]
    [InlineData("--set", "population.residents=-3", "population.residents", "found -3")]
    [InlineData("--set", "rules.trust.learning_rat=0.1", "rules.trust.learning_rat", "did you mean 'learning_rate'")]
    [InlineData("--set", "population.benefits_share=yes", "population.benefits_share", "expected a number")]
    [InlineData("--weeks", "0", "--weeks", "from 1 to 5200")]
    [InlineData("--seed", "-4", "--seed", "at least 0")]
    [InlineData("--threads", "0", "--threads", "from 1 to 1024")]
    public void Bad_command_line_values_are_refused(string option, string value, string key, string fragment)
    {
        AssertRefused(CliProcess.Run(Repo.TempFolder("badarg"), "run", JanEef, option, value), 2, key, fragment);
    }

    [Fact]
    public void An_unwritable_output_folder_is_refused_before_running()
    {
        string dir = Repo.TempFolder("unwritable");
        File.WriteAllText(Path.Combine(dir, "taken"), "a file, not a folder");
        AssertRefused(CliProcess.Run(dir, "run", JanEef, "--out", "taken/run"), 3, "output folder", "taken/run");
    }

    [Fact]
    public void A_failed_run_leaves_earlier_results_untouched()
    {
        string dir = Repo.TempFolder("keep");
        Assert.Equal(0, CliProcess.Run(dir, "run", JanEef, "--weeks", "60", "--out", "out", "--no-plots").ExitCode);
        string weekly = Path.Combine(dir, "out", "weekly.csv");
        byte[] before = File.ReadAllBytes(weekly);
        var snapshot = Directory.GetFiles(Path.Combine(dir, "out")).Order().ToArray();

        AssertRefused(CliProcess.Run(dir, "run", JanEef, "--out", "out", "--set", "network.degree=7"), 2, "network.degree");

        Assert.Equal(before, File.ReadAllBytes(weekly));
        Assert.Equal(snapshot, Directory.GetFiles(Path.Combine(dir, "out")).Order().ToArray());
        Assert.Empty(Directory.GetDirectories(Path.Combine(dir, "out")));
    }
}
