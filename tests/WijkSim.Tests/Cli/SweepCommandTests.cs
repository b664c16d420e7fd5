using System.Text.Json;
using Parquet.Serialization;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Output;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim sweep</c> end to end: outputs, reproducibility, resume after Ctrl-C, bad --vary.</summary>
public class SweepCommandTests(SweepFixture sweep) : IClassFixture<SweepFixture>
{
    private const string Lag = "municipality.agreements[0].decision_lag_weeks";

    [Fact]
    public void A_sweep_of_two_scenarios_writes_runs_summary_weekly_manifest_and_plots()
    {
        Assert.True(sweep.Result.ExitCode == 0, sweep.Result.Err);
        string dir = sweep.Output;
        foreach (var file in new[] { "runs.csv", "summary.csv", "weekly.parquet", "manifest.json", "survival.png" })
            Assert.True(File.Exists(Path.Combine(dir, file)), $"{file} is missing");
        Assert.False(Directory.Exists(Path.Combine(dir, ".experiment")), "the journal is removed once the outputs are written");

        var runs = File.ReadAllLines(Path.Combine(dir, "runs.csv"));
        Assert.Equal(1 + 100, runs.Length);
        Assert.Equal(50, runs.Count(l => l.Split(',')[1] == "jan-eef"));
        Assert.Equal(50, runs.Count(l => l.Split(',')[1] == "jan-eef-rhythm"));

        var summary = File.ReadAllLines(Path.Combine(dir, "summary.csv"));
        Assert.Contains(summary, l => l.StartsWith("jan-eef-rhythm,1,jan-eef,survived,50,"));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Contains("sweep", root.GetProperty("command").GetString());
        Assert.Equal(ScenarioLoader.Load(SweepFixture.Scenarios[1]).Sha256, root.GetProperty("scenarios")[1].GetProperty("sha256").GetString());
        Assert.Equal(100, root.GetProperty("runs").GetInt32());
        Assert.Equal(50UL, root.GetProperty("seeds").GetProperty("last").GetUInt64());
        Assert.Equal(100, root.GetProperty("runs_per_silo").EnumerateObject().Sum(p => p.Value.GetInt32()));

        Assert.Contains("Sweep summary", sweep.Result.Out);
        Assert.Contains("runs/s", sweep.Result.Out);
    }

    [Fact]
    public void Every_row_is_the_kernel_run_of_its_scenario_and_seed()
    {
        var header = File.ReadLines(Path.Combine(sweep.Output, "runs.csv")).First().Split(',');
        var rows = File.ReadAllLines(Path.Combine(sweep.Output, "runs.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        foreach (int run in new[] { 0, 17, 53, 99 })
        {
            var row = rows[run];
            var config = ScenarioLoader.Load(SweepFixture.Scenarios[run / 50]).Config;
            var expected = KernelRun.Run(config, (ulong)(run % 50 + 1)).Outcomes[0];
            string Column(string name) => row[Array.IndexOf(header, name)];
            Assert.Equal((run % 50 + 1).ToString(), Column("seed"));
            Assert.Equal(expected.Survived ? "1" : "0", Column("survived"));
            Assert.Equal(expected.EndedWeek?.ToString() ?? "NA", Column("week_ended"));
            Assert.Equal(Csv.Number(expected.FinalTrust), Column("final_trust"));
            Assert.Equal(Csv.Number(expected.MeanFreeRiderShare), Column("mean_free_rider_share"));
        }
    }

    [Fact]
    public async Task Weekly_parquet_holds_every_week_of_every_run_in_long_format()
    {
        var rows = (await ParquetSerializer.DeserializeAsync<WeeklyRow>(Path.Combine(sweep.Output, "weekly.parquet"))).Data.ToArray();
        Assert.Equal(100 * 520, rows.Length);
        var config = ScenarioLoader.Load(SweepFixture.Scenarios[1]).Config;
        var kernel = KernelRun.Run(config, 3).Records[200];
        var row = rows.Single(r => r.Run == 52 && r.Week == 200);
        Assert.Equal(("jan-eef-rhythm", 1, 3L), (row.Scenario, row.Point, row.Seed));
        Assert.Equal(kernel.ActiveVolunteers, row.ActiveVolunteers);
        Assert.Equal(kernel.TrustMean, row.TrustMean);
        Assert.Equal(kernel.Cash, row.Cash);
    }

    [Fact]
    public void The_same_command_twice_gives_identical_runs_summary_and_weekly_files()
    {
        string again = Path.Combine(sweep.Folder, "again");
        var result = CliProcess.Run(sweep.Folder, SweepFixture.Arguments("again"));
        Assert.True(result.ExitCode == 0, result.Err);
        foreach (var file in new[] { "runs.csv", "summary.csv", "weekly.parquet" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(sweep.Output, file)), File.ReadAllBytes(Path.Combine(again, file)));
    }

    [Fact]
    public async Task A_sweep_stopped_by_ctrl_c_keeps_its_finished_runs_and_resumes_to_the_same_runs_csv()
    {
        string output = Path.Combine(sweep.Folder, "interrupted");
        string journal = Path.Combine(output, ".experiment", "runs");
        // One run at a time, so the sweep cannot finish before Ctrl-C lands on a busy machine; the results
        // do not depend on it (the reference ran with one per core).
        string[] args = [.. SweepFixture.Arguments("interrupted"), "--parallel", "1"];
        var stopped = await CliProcess.Interrupt(sweep.Folder, args,
            () => Directory.Exists(journal) && Directory.GetFiles(journal, "*.run").Length >= 10);
        Assert.Equal(130, stopped.ExitCode);
        Assert.Contains("Run the same command again to continue", stopped.Err);
        int kept = Directory.GetFiles(journal, "*.run").Length;
        Assert.InRange(kept, 10, 99);
        Assert.False(File.Exists(Path.Combine(output, "runs.csv")), "nothing is written as if it were complete");

        var resumed = CliProcess.Run(sweep.Folder, args);
        Assert.True(resumed.ExitCode == 0, resumed.Err);
        Assert.Contains($"{kept} resumed", resumed.Out);
        Assert.Equal(File.ReadAllBytes(Path.Combine(sweep.Output, "runs.csv")), File.ReadAllBytes(Path.Combine(output, "runs.csv")));
    }

    [Fact]
    public void Another_command_cannot_resume_into_a_folder_with_an_unfinished_sweep()
    {
        string dir = Repo.TempFolder("sweep-other");
        Directory.CreateDirectory(Path.Combine(dir, "out", ".experiment", "runs"));
        File.WriteAllLines(Path.Combine(dir, "out", ".experiment", "fingerprint"), ["0000", "wijksim sweep other.yaml"]);
        var result = CliProcess.Run(dir, "sweep", SweepFixture.Scenarios[0], "--replications", "2", "--weeks", "10", "--out", "out");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("unfinished experiment of another command (wijksim sweep other.yaml)", result.Err);
    }

    [Fact]
    public void The_same_command_after_a_scenario_changed_is_told_so_not_that_it_is_another_command()
    {
        // issue 16: the refusal quoted "another command" that was identical to the one typed.
        string dir = Repo.TempFolder("sweep-changed");
        string[] args = ["sweep", SweepFixture.Scenarios[0], "--replications", "2", "--weeks", "10", "--out", "out"];
        Directory.CreateDirectory(Path.Combine(dir, "out", ".experiment", "runs"));
        File.WriteAllLines(Path.Combine(dir, "out", ".experiment", "fingerprint"), ["0000", "wijksim " + string.Join(' ', args)]);
        var result = CliProcess.Run(dir, args);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("this same command", result.Err);
        Assert.Contains("a scenario file, a setting or the model's code (another build of wijksim) has changed", result.Err);
    }

    [Fact]
    public void A_latin_hypercube_sweep_draws_one_value_per_slice_and_writes_weekly_csv_on_request()
    {
        string dir = Repo.TempFolder("sweep-lhs");
        var result = CliProcess.Run(dir, "sweep", SweepFixture.Scenarios[0], "--design", "lhs", "--samples", "4",
            "--vary", "initiatives[0].transparency=0.2:1", "--vary", $"{Lag}=0:26", "--replications", "2", "--weeks", "26", "--out", "lhs", "--no-plots",
            "--weekly-csv");
        Assert.True(result.ExitCode == 0, result.Err);
        var weekly = File.ReadAllLines(Path.Combine(dir, "lhs", "weekly.csv"));
        Assert.Equal(1 + 8 * 26, weekly.Length); // 4 points × 2 replications × 26 weeks, one initiative
        Assert.StartsWith("run,scenario,point,replication,seed,week,date,initiative,phase,", weekly[0]);
        var rows = File.ReadAllLines(Path.Combine(dir, "lhs", "runs.csv"));
        Assert.Equal("run,scenario,point,initiatives[0].transparency,municipality.agreements[0].decision_lag_weeks,replication", string.Join(',', rows[0].Split(',')[..6]));
        var transparency = rows.Skip(1).Select(l => double.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
        Assert.Equal(4, transparency.Length);
        for (int i = 0; i < 4; i++) Assert.InRange(transparency[i], 0.2 + 0.2 * i, 0.2 + 0.2 * (i + 1)); // one per quarter of 0.2..1
    }

    [Theory]
    [InlineData("municipality.agreements[0].decision_lag_week=4,8", "did you mean 'decision_lag_weeks'")]
    [InlineData($"{Lag}=4,soon", "expected a whole number")]
    [InlineData($"{Lag}=4,500", "500")]
    [InlineData($"{Lag}=", "the list of values is empty")]
    [InlineData($"{Lag}=8:2:3", "expected lo < hi")]
    [InlineData("initiatives[3].transparency=0.5", "no entry 3")]
    public void Bad_vary_arguments_are_refused_with_the_option_and_the_reason(string vary, string reason)
    {
        string dir = Repo.TempFolder("sweep-bad");
        var result = CliProcess.Run(dir, "sweep", SweepFixture.Scenarios[0], "--vary", vary, "--replications", "2", "--out", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--vary", result.Err);
        Assert.Contains(reason, result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.False(File.Exists(Path.Combine(dir, "out", "runs.csv")));
    }

    [Fact]
    public void A_latin_hypercube_without_a_number_of_samples_is_refused()
    {
        var result = CliProcess.Run(Repo.TempFolder("sweep-bad"), "sweep", SweepFixture.Scenarios[0], "--design", "lhs", "--vary", $"{Lag}=0:26");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--samples", result.Err);
    }
}
