using WijkSim.Model.Levers;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Browser;

/// <summary>The page's lever list comes from the levers' one declaration (issue 17): every lever the API
/// takes is offered, in the declared order, with its declared words in Dutch and in English, and with
/// the declared hint next to its value.</summary>
public class LeverListTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task The_lever_list_is_the_declared_levers_with_their_words_in_both_languages()
    {
        await using var serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"));
        var (page, errors) = await Pages.Open(chromium, serve, facilitator: true);
        var declared = EventCatalogue.Levers.ToList();
        Assert.Equal(LeverValidator.Levers.Keys, declared.Select(d => d.LeverName));

        var values = await page.EvalOnSelectorAllAsync<string[]>("#lever option", "os => os.map(o => o.value)");
        Assert.Equal(declared.Select(d => d.LeverName), values);
        var dutch = await page.EvalOnSelectorAllAsync<string[]>("#lever option", "os => os.map(o => o.textContent)");
        Assert.Equal(declared.Select(d => d.Lever!.Nl), dutch);

        await page.SelectOptionAsync("#lever", "benefit_safety");
        Assert.Equal("Aan (1) of uit (0)", await page.InnerTextAsync("#value-hint"));
        await page.ClickAsync("#lang");
        var english = await page.EvalOnSelectorAllAsync<string[]>("#lever option", "os => os.map(o => o.textContent)");
        Assert.Equal(declared.Select(d => d.Lever!.En), english);
        Assert.Equal("On (1) or off (0)", await page.InnerTextAsync("#value-hint"));
        Assert.Empty(errors);
    }
}
