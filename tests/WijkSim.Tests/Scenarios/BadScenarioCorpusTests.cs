using WijkSim.Scenarios;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Scenarios;

/// <summary>Every file in tests/WijkSim.Tests/BadScenarios is refused with a one-paragraph message
/// that contains the file name and each '# expect:' fragment of the file (line, key, what was found).</summary>
public class BadScenarioCorpusTests
{
    public static TheoryData<string> Files() => Repo.YamlFileNames(Repo.BadScenarios);

    [Fact]
    public void The_corpus_holds_at_least_twenty_five_cases()
    {
        Assert.True(Files().Count >= 25, $"only {Files().Count} bad scenarios");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Is_refused_with_file_line_key_and_what_was_found(string file)
    {
        string path = Path.Combine(Repo.BadScenarios, file);
        var error = Assert.Throws<ScenarioError>(() => ScenarioLoader.Load(path));
        var expected = Expectations(path);
        Assert.NotEmpty(expected);
        Assert.Contains(file, error.Message);
        foreach (var fragment in expected) Assert.Contains(fragment, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static List<string> Expectations(string path)
    {
        string sidecar = Path.ChangeExtension(path, ".expect");
        if (File.Exists(sidecar)) return File.ReadAllLines(sidecar).Where(l => l.Length > 0).ToList();
        return File.ReadAllLines(path).Where(l => l.StartsWith("# expect: ")).Select(l => l["# expect: ".Length..]).ToList();
    }
}
