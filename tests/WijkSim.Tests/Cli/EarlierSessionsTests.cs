using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>Nothing is lost by a click (issue 15): every session replaced by a reset, another scenario or
/// a stopped comparison stays listed and downloadable as a zip, with its fork and its lever changes.</summary>
public sealed class EarlierSessionsTests : IAsyncLifetime
{
    private ServeProcess _serve = null!;

    public async Task InitializeAsync() => _serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), "--seed", "5");

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    private async Task<List<JsonElement>> Sessions() =>
        (await _serve.Http.GetFromJsonAsync<JsonElement>(_serve.Url("/api/sessions"))).GetProperty("sessions").EnumerateArray().ToList();

    private async Task<ZipArchive> Download(JsonElement session) =>
        new(new MemoryStream(await _serve.Http.GetByteArrayAsync(_serve.Url("/" + session.GetProperty("url").GetString()))));

    private static int Lines(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [Fact]
    public async Task Reset_fork_and_load_each_keep_the_session_they_replace()
    {
        Assert.Empty(await Sessions());
        await _serve.Post("/api/reset"); // at week 0 there is nothing to keep
        Assert.Empty(await Sessions());

        await _serve.Post("/api/step", new { weeks = 5 });
        Assert.Equal(HttpStatusCode.OK, (await _serve.Post("/api/levers", new { lever = "decision_lag", initiative = "jan-eef", value = 12 })).StatusCode);
        await _serve.Post("/api/step", new { weeks = 1 }); // a lever applies from the next week on
        await _serve.Post("/api/reset");
        var first = Assert.Single(await Sessions());
        Assert.Equal(6, first.GetProperty("week").GetInt32());
        Assert.Equal(1, first.GetProperty("lever_changes").GetInt32());
        Assert.Equal("reset", first.GetProperty("reason").GetString());
        using (var zip = await Download(first))
        {
            Assert.Equal(1 + 6, Lines(zip, "weekly.csv")); // the header and six weeks of the one initiative
            using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
            Assert.Equal(12, manifest.RootElement.GetProperty("lever_changes")[0].GetProperty("change").GetProperty("value").GetDouble());
        }

        // A comparison, then another scenario: the session goes with its fork.
        await _serve.Post("/api/step", new { weeks = 3 });
        Assert.Equal(HttpStatusCode.OK, (await _serve.Post("/api/fork")).StatusCode);
        await _serve.Post("/api/step", new { weeks = 2 });
        Assert.Equal(HttpStatusCode.OK, (await _serve.Post("/api/scenario", new { file = "de-ketel.yaml" })).StatusCode);
        var sessions = await Sessions();
        Assert.Equal(2, sessions.Count);
        var second = sessions[1];
        Assert.Equal("load", second.GetProperty("reason").GetString());
        Assert.Equal("jan-eef.yaml", second.GetProperty("scenario").GetString());
        Assert.Equal(5, second.GetProperty("week").GetInt32());
        Assert.Equal(3, second.GetProperty("forked_at_week").GetInt32());
        using (var zip = await Download(second))
        {
            Assert.Equal(1 + 5, Lines(zip, "weekly.csv"));
            Assert.Equal(1 + 5, Lines(zip, "fork/weekly.csv"));
        }
        // The first is still there, unchanged.
        using (var zip = await Download((await Sessions())[0])) Assert.Equal(1 + 6, Lines(zip, "weekly.csv"));

        var missing = await _serve.Http.GetAsync(_serve.Url("/api/sessions/99.zip"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("there are 2", await missing.Content.ReadAsStringAsync());
    }
}
