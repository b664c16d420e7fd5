using Microsoft.Playwright;

namespace WijkSim.Tests.Browser;

/// <summary>Debian's Chromium (installed by the tests when missing, <see cref="Support.Prerequisites"/>), driven by Playwright.
/// Playwright's own browser download cannot work here, so it is pointed at /usr/bin/chromium; running
/// as root needs --no-sandbox.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string executable = Support.Prerequisites.Chromium;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Where the tests leave screenshots (kept by CI as artifacts with the test results).</summary>
    public static string ArtifactFolder()
    {
        string folder = Path.Combine(Support.Repo.Root, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
