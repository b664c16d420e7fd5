using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Scenarios;

public class SchemaReferenceTests
{
    [Fact]
    public void Docs_scenario_keys_is_the_current_generated_reference()
    {
        string committed = File.ReadAllText(Path.Combine(Repo.Root, "docs", "scenario-keys.md")).ReplaceLineEndings("\n");
        Assert.True(committed == SchemaReference.Markdown().ReplaceLineEndings("\n"),
            "docs/scenario-keys.md is out of date: run `dotnet run --project src/Silo -- schema > docs/scenario-keys.md`");
    }

    [Fact]
    public void The_reference_lists_nested_and_list_keys_with_ranges()
    {
        string md = SchemaReference.Markdown();
        Assert.Contains("| `population.residents` | whole number | 2000 | 1 .. 5000000 |", md);
        Assert.Contains("`initiatives[].reach.share`", md);
        Assert.Contains("`rules.free_riding.group_size_threshold`", md);
        Assert.Contains("`events[].type`", md);
    }
}
