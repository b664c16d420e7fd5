using System.Diagnostics;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>Scenario files that would exhaust time or memory, or whose error would echo another file,
/// are refused quickly with a short message (issue 16, bugs 3 and 4).</summary>
public class HostileInputTests
{
    private static CliProcess.Result Validate(string dir, string yaml)
    {
        File.WriteAllText(Path.Combine(dir, "s.yaml"), yaml);
        return CliProcess.Run(dir, "validate", "s.yaml");
    }

    [Fact]
    public void An_alias_bomb_is_refused_in_seconds()
    {
        string dir = Repo.TempFolder("hostile");
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(0, 8).Select(i =>
        {
            char name = (char)('b' + i), previous = (char)('a' + i);
            return $"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n";
        }));
        var clock = Stopwatch.StartNew();
        var result = Validate(dir, yaml);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("alias", result.Err);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}"); // it hung before; this bounds a hang, not speed
    }

    [Fact]
    public void Extending_a_device_or_a_huge_file_is_refused_without_reading_it_all()
    {
        string dir = Repo.TempFolder("hostile");
        var zero = Validate(dir, "extends: /dev/zero\n");
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("more than 1 MB", zero.Err);

        File.WriteAllText(Path.Combine(dir, "big.yaml"), new string('x', 5_000_000));
        var big = CliProcess.Run(dir, "validate", "big.yaml");
        Assert.Equal(2, big.ExitCode);
        Assert.True(big.Err.Length < 500, $"a {big.Err.Length}-character message");
    }

    [Fact]
    public void An_error_never_echoes_a_long_value_of_another_file()
    {
        string dir = Repo.TempFolder("hostile");
        File.WriteAllText(Path.Combine(dir, "secret.txt"), "TOP-SECRET " + new string('s', 2000));
        var result = Validate(dir, "extends: secret.txt\n");
        Assert.Equal(2, result.ExitCode);
        Assert.True(result.Err.Length < 500, $"a {result.Err.Length}-character message");
        Assert.DoesNotContain(new string('s', 100), result.Err);
    }
}

/// <summary>A tab in the indentation is reported on its own line (issue 16, bug 7: line 1 before).</summary>
public class TabIndentationTests
{
    [Theory]
    [InlineData(14)]
    [InlineData(20)]
    public void A_tab_in_the_indentation_is_reported_on_its_line(int index)
    {
        string dir = Repo.TempFolder("tab");
        var lines = File.ReadAllLines(Repo.Scenario("baseline.yaml"));
        lines[index] = lines[index].Length > 2 && lines[index].StartsWith("  ", StringComparison.Ordinal) ? "\t" + lines[index][2..] : "\t" + lines[index];
        File.WriteAllLines(Path.Combine(dir, "t.yaml"), lines);
        var result = CliProcess.Run(dir, "validate", "t.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"t.yaml, line {index + 1}", result.Err);
    }
}
