using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim run --checkpoint-every N</c> and <c>--resume DIR</c>: a run killed with SIGKILL
/// after a checkpoint continues from it to the same bytes as an uninterrupted run.</summary>
public class CheckpointTests
{
    // Jan Eef with 60,000 residents: long enough (a few seconds) to be killed mid-run.
    private static readonly string[] Run = ["run", Repo.Scenario("jan-eef.yaml"), "--seed", "3", "--set", "population.residents=60000", "--no-plots"];

    [Fact]
    public async Task A_run_killed_after_a_checkpoint_resumes_to_the_same_weekly_csv_as_an_uninterrupted_run()
    {
        string dir = Repo.TempFolder("checkpoint");
        var whole = CliProcess.Run(dir, [.. Run, "--out", "whole"]);
        Assert.True(whole.ExitCode == 0, whole.Err);

        string checkpoint = Path.Combine(dir, "cut", ".checkpoint", "state.bin");
        using (var process = CliProcess.Start(dir, [.. Run, "--out", "cut", "--checkpoint-every", "40"]))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(checkpoint) && !process.HasExited && DateTime.UtcNow < deadline) await Task.Delay(10);
            Assert.False(process.HasExited, "the run finished before a checkpoint could be cut short");
            await Task.Delay(300); // let it get past the checkpoint's week
            process.Kill(); // SIGKILL: no chance to clean up
            await process.WaitForExitAsync();
        }
        Assert.False(File.Exists(Path.Combine(dir, "cut", "weekly.csv")));

        var resumed = CliProcess.Run(dir, [.. Run, "--resume", "cut"]);
        Assert.True(resumed.ExitCode == 0, resumed.Err);
        Assert.Matches(@"resuming at week [1-9]\d* of 520", resumed.Out);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "whole", "weekly.csv")), await File.ReadAllBytesAsync(Path.Combine(dir, "cut", "weekly.csv")));
        Assert.False(Directory.Exists(Path.Combine(dir, "cut", ".checkpoint")), "the checkpoint is removed once the outputs are complete");
    }

    [Fact]
    public void Resuming_a_folder_without_a_checkpoint_or_with_another_runs_checkpoint_is_refused()
    {
        string dir = Repo.TempFolder("checkpoint-bad");
        var none = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--resume", "nothing");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("holds no checkpoint", none.Err);

        var first = CliProcess.Start(dir, [.. Run, "--out", "cut", "--checkpoint-every", "10"]);
        while (!File.Exists(Path.Combine(dir, "cut", ".checkpoint", "state.bin")) && !first.HasExited) Thread.Sleep(10);
        first.Kill();
        first.WaitForExit();
        var other = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--seed", "4", "--set", "population.residents=60000", "--no-plots", "--resume", "cut");
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("of another run", other.Err);
    }
}
