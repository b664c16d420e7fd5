using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>The real <c>wijksim</c> program, end to end, in child processes.</summary>
public class RunCommandTests
{
    private static readonly string JanEef = Repo.Scenario("jan-eef.yaml");

    [Fact]
    public void Run_twice_with_the_same_seed_gives_byte_identical_weekly_csv_and_another_seed_differs()
    {
        string dir = Repo.TempFolder("determinism");
        var first = CliProcess.Run(dir, "run", JanEef, "--seed", "1", "--out", "a");
        Assert.True(first.ExitCode == 0, first.Err);
        // b on three threads (issue 18): one world stepped by three threads writes the same bytes.
        Assert.Equal(0, CliProcess.Run(dir, "run", JanEef, "--seed", "1", "--out", "b", "--no-plots", "--threads", "3").ExitCode);
        Assert.Equal(0, CliProcess.Run(dir, "run", JanEef, "--seed", "2", "--out", "c", "--no-plots").ExitCode);
        byte[] a = File.ReadAllBytes(Path.Combine(dir, "a", "weekly.csv"));
        Assert.Equal(a, File.ReadAllBytes(Path.Combine(dir, "b", "weekly.csv")));
        Assert.NotEqual(a, File.ReadAllBytes(Path.Combine(dir, "c", "weekly.csv")));
    }

    [Fact]
    public void Run_writes_weekly_csv_events_manifest_and_png_plots_and_prints_a_summary()
    {
        string dir = Repo.TempFolder("outputs");
        var result = CliProcess.Run(dir, "run", JanEef, "--seed", "3", "--weeks", "120", "--set", "municipality.agreements[0].decision_lag_weeks=10");
        Assert.True(result.ExitCode == 0, result.Err);
        string outDir = Path.Combine(dir, "runs", "jan-eef-3");
        Assert.Contains("survived", result.Out);
        Assert.Contains("peak active volunteers", result.Out);

        var lines = File.ReadAllLines(Path.Combine(outDir, "weekly.csv"));
        Assert.Equal(121, lines.Length);
        foreach (var column in new[] { "week", "date", "initiative", "phase", "active_volunteers", "passive_supporters", "hours",
                     "free_rider_share", "trust_mean", "municipality_trust_mean", "cash", "income_subsidy", "income_funds",
                     "income_sponsors", "income_own_revenue", "income_contributions", "income_reintegration",
                     "income_diversity", "output", "mission_drift" })
            Assert.Contains(column, lines[0].Split(','));
        Assert.StartsWith("0,2010-10-04,jan-eef,", lines[1]);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
        Assert.Equal(64, root.GetProperty("scenario").GetProperty("sha256").GetString()!.Length);
        Assert.Equal("municipality.agreements[0].decision_lag_weeks=10", root.GetProperty("settings")[0].GetString());
        Assert.Equal(10, root.GetProperty("parameters").GetProperty("municipality").GetProperty("agreements")[0].GetProperty("decision_lag_weeks").GetInt32());
        Assert.True(root.GetProperty("wall_seconds").GetDouble() > 0);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("wijksim_version").GetString()));

        foreach (var png in new[] { "jan-eef_draagvlak.png", "jan-eef_trust.png", "jan-eef_money.png" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(outDir, png));
            Assert.True(bytes.Length > 10_000, $"{png} is only {bytes.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
        Assert.Contains("shock", File.ReadAllText(Path.Combine(outDir, "events.csv")));
        Assert.Empty(Directory.GetDirectories(outDir)); // no staging folder left behind
    }

    [Fact]
    public void Validate_accepts_a_good_scenario()
    {
        var result = CliProcess.Run(Repo.Root, "validate", JanEef);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ok:", result.Out);
        Assert.Contains("2,000 residents", result.Out);
    }
}

public class LiveModeCliTests
{
    [Fact]
    public void Run_in_live_mode_writes_the_same_weekly_csv_as_the_kernel()
    {
        string dir = Repo.TempFolder("live-cli");
        string janEef = Repo.Scenario("jan-eef.yaml");
        var live = CliProcess.Run(dir, "run", janEef, "--mode", "live", "--seed", "7", "--out", "live", "--no-plots");
        Assert.True(live.ExitCode == 0, live.Err);
        Assert.Equal(0, CliProcess.Run(dir, "run", janEef, "--mode", "kernel", "--seed", "7", "--out", "kernel", "--no-plots").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "kernel", "weekly.csv")), File.ReadAllBytes(Path.Combine(dir, "live", "weekly.csv")));
        Assert.Contains("\"mode\": \"live\"", File.ReadAllText(Path.Combine(dir, "live", "manifest.json")));
    }

    [Fact]
    public void An_unknown_mode_and_a_missing_levers_file_are_refused()
    {
        string dir = Repo.TempFolder("live-bad");
        var mode = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--mode", "actors");
        Assert.NotEqual(0, mode.ExitCode);
        Assert.Contains("actors", mode.Err);
        var levers = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--levers", "nope.json");
        Assert.Equal(2, levers.ExitCode);
        Assert.Contains("--levers", levers.Err);
        Assert.Contains("does not exist", levers.Err);
    }
}
