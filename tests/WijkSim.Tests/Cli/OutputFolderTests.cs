using WijkSim.Silo.Output;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>A folder holds the files of one result, says so when it replaces one, and is written by one
/// command at a time (issue 16: old plots beside new CSVs; two identical sweeps in one folder).</summary>
public class OutputFolderTests
{
    private static readonly string JanEef = Repo.Scenario("jan-eef.yaml");

    [Fact]
    public void A_second_run_replaces_the_first_removes_its_plots_and_says_so_but_keeps_a_persons_files()
    {
        string dir = Repo.TempFolder("replace");
        Assert.Equal(0, CliProcess.Run(dir, "run", JanEef, "--weeks", "30", "--out", "out").ExitCode);
        string outDir = Path.Combine(dir, "out");
        Assert.NotEmpty(Directory.GetFiles(outDir, "*.png"));
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "my notes on this run");

        var second = CliProcess.Run(dir, "run", JanEef, "--weeks", "30", "--out", "out", "--no-plots");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("replaced the earlier results", second.Out);
        Assert.Contains(".png", second.Out);                       // names what it removed
        Assert.Empty(Directory.GetFiles(outDir, "*.png"));
        Assert.True(File.Exists(Path.Combine(outDir, "weekly.csv")));
        Assert.True(File.Exists(Path.Combine(outDir, "notes.txt")));
        Assert.False(File.Exists(Path.Combine(outDir, ".wijksim-lock")));   // released with the command
    }

    [Fact]
    public void A_first_run_into_a_new_folder_does_not_claim_to_replace_anything()
    {
        string dir = Repo.TempFolder("fresh");
        var first = CliProcess.Run(dir, "run", JanEef, "--weeks", "20", "--out", "out", "--no-plots");
        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("replaced", first.Out);
    }

    [Fact]
    public void A_folder_another_command_is_writing_is_refused_with_exit_3_and_free_again_afterwards()
    {
        string dir = Repo.TempFolder("locked");
        string target = Path.Combine(dir, "out");
        using (var busy = OutputFolder.Open(target))
        {
            var refused = CliProcess.Run(dir, "run", JanEef, "--weeks", "20", "--out", "out", "--no-plots");
            Assert.Equal(3, refused.ExitCode);
            Assert.Contains("another wijksim command is writing into it", refused.Err);
            Assert.DoesNotContain("   at ", refused.Err);
            Assert.False(File.Exists(Path.Combine(target, "weekly.csv")));
            Assert.Throws<OutputFolderError>(() => OutputFolder.Open(target));
        }
        Assert.Equal(0, CliProcess.Run(dir, "run", JanEef, "--weeks", "20", "--out", "out", "--no-plots").ExitCode);
    }
}
