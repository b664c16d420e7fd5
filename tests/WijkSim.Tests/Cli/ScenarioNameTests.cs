using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>The scenario's name names the output folder of <c>run</c> (runs/NAME-SEED): a name that would
/// climb out of runs/, name an absolute path, or hold a control character is refused before anything
/// is written (issue 16, bug 1).</summary>
public class ScenarioNameTests
{
    [Theory]
    [InlineData("../../escaped")]
    [InlineData("/tmp/escaped")]
    [InlineData("a/b")]
    [InlineData("")]
    [InlineData(".hidden")]
    public void A_name_that_is_not_a_plain_folder_name_is_refused_by_run_and_validate(string name)
    {
        string dir = Repo.TempFolder("scenario-name");
        foreach (var args in new[] { new[] { "run", "--weeks", "4" }, ["validate"] })
        {
            var result = CliProcess.Run(dir, [args[0], Repo.Scenario("baseline.yaml"), "--set", $"name={name}", .. args[1..]]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("name", result.Err);
            Assert.Contains("letters, digits", result.Err);
            Assert.DoesNotContain("   at ", result.Err);
        }
        Assert.Empty(Directory.GetFileSystemEntries(dir));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(dir))!, "escaped")));
    }

    [Fact]
    public void A_name_with_a_nul_character_in_the_file_is_refused_naming_the_file_and_key()
    {
        string dir = Repo.TempFolder("scenario-name-nul");
        File.WriteAllText(Path.Combine(dir, "s.yaml"), $"extends: {Repo.Scenario("baseline.yaml")}\nname: \"bad\\0name\"\n");
        var result = CliProcess.Run(dir, "validate", "s.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("s.yaml", result.Err);
        Assert.Contains("name", result.Err);
        Assert.DoesNotContain("internal error", result.Err);
    }
}
