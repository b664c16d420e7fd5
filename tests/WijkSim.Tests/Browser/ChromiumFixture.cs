using Microsoft.Playwright;

namespace WijkSim.Tests.Browser;

/// <summary>Debian's Chromium (installed by .ci/run: apt-get install chromium), driven by Playwright.
/// Playwright's own browser download cannot work here, so it is pointed at /usr/bin/chromium; running
/// as root needs --no-sandbox.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
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
