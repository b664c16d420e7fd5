using Microsoft.Playwright;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Browser;

/// <summary>Opening the workshop page in Chromium, shared by the browser tests: a page with its console
/// errors and uncaught exceptions collected, after its first message from the server.</summary>
internal static class Pages
{
    /// <summary>Thirty pages share two cores in CI.</summary>
    public const float Timeout = 120_000;

    public static readonly BrowserNewContextOptions Phone =
        new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 };

    public static async Task<(IPage Page, List<string> Errors)> Open(ChromiumFixture chromium, ServeProcess serve, bool facilitator, BrowserNewContextOptions? options = null)
    {
        var context = await chromium.Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new() { Width = 1500, Height = 1100 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(serve.Url(facilitator ? $"/#token={ServeProcess.Token}" : "/"));
        await page.WaitForFunctionAsync("() => window.wijksim && window.wijksim.state.updates > 0", null, new() { Timeout = Timeout });
        return (page, errors);
    }
}
