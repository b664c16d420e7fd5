using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>The test run's folders go when their run is over, so test runs cannot fill the disk.</summary>
public class TestRunFolderTests
{
    [Fact]
    public void A_run_removes_the_folders_of_finished_runs_and_keeps_those_of_running_ones()
    {
        string parent = Repo.TempFolder("run-folders");
        using var finished = Process.Start(new ProcessStartInfo("true"))!;
        finished.WaitForExit();
        string dead = Make(parent, $"run-{finished.Id}-0123456789abcdef0123456789abcdef", withFile: true);
        string alive = Make(parent, $"run-{Environment.ProcessId}-0123456789abcdef0123456789abcdef", withFile: true);
        string recentLoose = Make(parent, "students-3-abc", withFile: false);
        string oldLoose = Make(parent, "every-option-abc", withFile: false);
        Directory.SetLastWriteTimeUtc(oldLoose, DateTime.UtcNow.AddDays(-2));

        TestRunFolder.RemoveAbandoned(parent);

        Assert.False(Directory.Exists(dead), "a folder of a process that has exited stays");
        Assert.True(Directory.Exists(alive), "the folder of a running process was deleted");
        Assert.True(Directory.Exists(recentLoose), "a loose folder from today was deleted");
        Assert.False(Directory.Exists(oldLoose), "a loose folder two days old stays");
    }

    [Fact]
    public void Every_test_folder_lies_in_this_run_s_folder()
    {
        string folder = Repo.TempFolder("where");
        Assert.Equal(TestRunFolder.Path, Path.GetDirectoryName(folder));
        Assert.Equal(Environment.ProcessId, TestRunFolder.OwnerPid(Path.GetFileName(TestRunFolder.Path)));
    }

    [Theory]
    [InlineData("run-123-abc", 123)]
    [InlineData("run-x-abc", null)]
    [InlineData("students-3-abc", null)]
    [InlineData("run-12-ab-cd", null)]
    public void The_owner_is_read_from_the_folder_s_name(string name, int? pid) =>
        Assert.Equal(pid, TestRunFolder.OwnerPid(name));

    private static string Make(string parent, string name, bool withFile)
    {
        string path = Path.Combine(parent, name);
        Directory.CreateDirectory(path);
        if (withFile) File.WriteAllText(Path.Combine(path, "weekly.csv"), "week\n0\n");
        return path;
    }
}
