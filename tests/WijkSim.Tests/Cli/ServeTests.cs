using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim serve</c> in a child process on a loopback port: the workshop page, the Orleans
/// Dashboard with the simulation's grains, the API, levers, and an exact replay of the session.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private ServeProcess _serve = null!;
    private HttpClient _http => _serve.Http;
    private string Url(string path) => _serve.Url(path);

    public async Task InitializeAsync() => _serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), "--seed", "5");

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    private Task<HttpResponseMessage> Post(string path, object body) => _serve.Post(path, body);

    [Fact]
    public async Task Serve_answers_on_the_page_the_dashboard_and_the_api_and_a_session_replays_to_the_same_bytes()
    {
        var page = await _http.GetStringAsync(Url("/"));
        Assert.Contains("WijkSim", page);
        Assert.Contains("orleans/", page);
        Assert.Contains("vendor/echarts-5.6.0/echarts.min.js", page);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(Url("/vendor/echarts-5.6.0/echarts.min.js"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(Url("/orleans/"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Post("/api/step", new { weeks = 4 })).StatusCode);
        var lever = await Post("/api/levers", new { lever = "subsidy", initiative = "jan-eef", schedule = "none", by = "facilitator" });
        Assert.Equal(HttpStatusCode.OK, lever.StatusCode);
        Assert.Equal(4, (await lever.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("week").GetInt32());

        var bad = await Post("/api/levers", new { lever = "decision_lag", initiative = "jan-eef", value = -3 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("value", error.GetProperty("field").GetString());
        Assert.Contains("between 0 and 104", error.GetProperty("error").GetString());
        var tooFast = await Post("/api/speed", new { weeks_per_second = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, tooFast.StatusCode);
        Assert.Contains("found 1000", await tooFast.Content.ReadAsStringAsync());
        var speed = await Post("/api/speed", new { weeks_per_second = 7.5 });
        Assert.Equal(HttpStatusCode.OK, speed.StatusCode);
        Assert.Equal(7.5, (await speed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("speed").GetDouble());
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/step", new { weeks = 0 })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Post("/api/step", new { weeks = 8 })).StatusCode);
        var records = await _http.GetFromJsonAsync<JsonElement>(Url("/api/records?from=0"));
        var rows = records.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(12, rows.Count);
        Assert.True(rows[3].GetProperty("income").GetProperty("subsidy").GetDouble() > 0);
        Assert.Equal(0, rows[4].GetProperty("income").GetProperty("subsidy").GetDouble());

        // The dashboard sees the simulation's grains.
        var counters = await _http.GetStringAsync(Url("/orleans/DashboardCounters"));
        foreach (var grain in new[] { "SimulationGrain", "ResidentGrain", "MunicipalityGrain", "InitiativeGrain", "PartitionGrain" })
            Assert.Contains(grain, counters);

        // The manifest records the lever with its week; `run --levers` replays it to the same bytes.
        string dir = Repo.TempFolder("serve-replay");
        string manifest = Path.Combine(dir, "manifest.json");
        await File.WriteAllTextAsync(manifest, await _http.GetStringAsync(Url("/api/manifest")));
        using (var doc = JsonDocument.Parse(await File.ReadAllTextAsync(manifest)))
            Assert.Equal(4, doc.RootElement.GetProperty("lever_changes")[0].GetProperty("week").GetInt32());
        byte[] live = await _http.GetByteArrayAsync(Url("/api/weekly.csv"));
        var replay = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--seed", "5", "--weeks", "12", "--levers", manifest, "--out", "replay", "--no-plots");
        Assert.True(replay.ExitCode == 0, replay.Err);
        Assert.Equal(live, await File.ReadAllBytesAsync(Path.Combine(dir, "replay", "weekly.csv")));
    }
}

public sealed class FacilitatorAccessTests : IAsyncLifetime
{
    private ServeProcess _serve = null!;

    public async Task InitializeAsync() => _serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"));

    public async Task DisposeAsync() => await _serve.DisposeAsync();

    [Theory]
    [InlineData("/api/step")]
    [InlineData("/api/start")]
    [InlineData("/api/reset")]
    [InlineData("/api/levers")]
    [InlineData("/api/fork")]
    [InlineData("/api/scenario")]
    public async Task Changes_without_the_token_get_401_and_with_a_wrong_one_403_and_change_nothing(string path)
    {
        var none = await _serve.Post(path, new { weeks = 3, lever = "decision_lag", initiative = "jan-eef", value = 8, file = "de-ketel.yaml" }, token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("token", (await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        var wrong = await _serve.Post(path, new { weeks = 3 }, token: "guess1234");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(0, await _serve.Week());
        var state = await _serve.Http.GetFromJsonAsync<JsonElement>(_serve.Url("/api/state"));
        Assert.False(state.GetProperty("facilitator").GetBoolean());
        Assert.Equal("jan-eef", state.GetProperty("scenario").GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_session_zip_replays_with_wijksim_run_to_the_same_weekly_csv()
    {
        Assert.Equal(HttpStatusCode.OK, (await _serve.Post("/api/step", new { weeks = 6 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _serve.Post("/api/levers", new { lever = "stance", initiative = "jan-eef", stance = "provider" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _serve.Post("/api/step", new { weeks = 10 })).StatusCode);

        string dir = Repo.TempFolder("session-zip");
        var zip = await _serve.Http.GetByteArrayAsync(_serve.Url("/api/session.zip"));
        await using (var stream = new MemoryStream(zip)) System.IO.Compression.ZipFile.ExtractToDirectory(stream, Path.Combine(dir, "session"));
        foreach (var file in new[] { "weekly.csv", "manifest.json", "events.csv", "jan-eef_draagvlak.png" })
            Assert.True(File.Exists(Path.Combine(dir, "session", file)), $"{file} is missing from the zip");

        var replay = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--seed", "1", "--weeks", "16",
            "--levers", Path.Combine("session", "manifest.json"), "--out", "replay", "--no-plots");
        Assert.True(replay.ExitCode == 0, replay.Err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "session", "weekly.csv")), await File.ReadAllBytesAsync(Path.Combine(dir, "replay", "weekly.csv")));
    }
}
