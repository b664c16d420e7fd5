using Microsoft.Playwright;
using WijkSim.Tests.Browser;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Guide;

/// <summary>docs/students.md, replayed: each exercise on its own copy of the repository, with the files,
/// diffs, commands and expected output the guide shows (issue 17, part 3).</summary>
public class StudentExercisesTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string Guide = Path.Combine(Repo.Root, "docs", "students.md");

    [Fact]
    public void Exercise_1_a_scenario_for_your_own_neighbourhood()
    {
        using var copy = new GuideReplay(Guide, "students-1");
        copy.Replay("## Exercise 1");
        // The new file carries the editor's schema line, as every shipped scenario does.
        Assert.StartsWith("# yaml-language-server: $schema=scenario.schema.json",
            File.ReadAllText(Path.Combine(copy.Root, "src", "Scenarios", "scenarios", "mijn-wijk.yaml")));
        Assert.True(File.Exists(Path.Combine(copy.Root, "runs", "mijn-wijk", "weekly.csv")));
    }

    [Fact]
    public void Exercise_2_change_the_form_of_one_rule()
    {
        using var copy = new GuideReplay(Guide, "students-2");
        copy.Replay("## Exercise 2");
        Assert.NotEqual(File.ReadAllText(Path.Combine(copy.Root, "facts-before.md")), File.ReadAllText(Path.Combine(copy.Root, "facts-after.md")));
        // The guide ends by undoing the change.
        Assert.Equal("", GuideReplay.Shell(copy.Root, "git status --porcelain -- src").Output);
    }

    [Fact]
    public async Task Exercise_3_add_a_lever_end_to_end()
    {
        using var copy = new GuideReplay(Guide, "students-3");
        copy.Replay("## Exercise 3");
        Assert.Contains("buurtbudget", File.ReadLines(Path.Combine(copy.Root, "runs", "budget-sweep", "summary.csv")).First());

        // The workshop page of the changed copy offers the new lever, in Dutch, and takes it.
        string program = Path.Combine(copy.Root, "src", "Silo", "bin", "Release", "net10.0", "wijksim.dll");
        await using var serve = await ServeProcess.StartProgram(program, Path.Combine(copy.Root, "src", "Scenarios", "scenarios", "jan-eef.yaml"));
        var (page, errors) = await Pages.Open(chromium, serve, facilitator: true);
        Assert.Equal("Buurtbudget voor bewoners", await page.InnerTextAsync("#lever option[value=buurtbudget]"));
        await page.SelectOptionAsync("#lever", "buurtbudget");
        Assert.Equal("Euro per jaar", await page.InnerTextAsync("#value-hint"));
        await page.FillAsync("#lever-value", "4.000");
        await page.ClickAsync("#value-up");
        Assert.Equal("5.000", await page.InputValueAsync("#lever-value"));
        await page.ClickAsync("#lever-form button[type=submit]");
        await Assertions.Expect(page.Locator("#lever-ok")).ToContainTextAsync("Toegepast vanaf week 0", new() { Timeout = Pages.Timeout });
        Assert.Empty(errors);
    }
}
