using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Silo.Hosting;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim serve</c> in a child process on a loopback port: the status page, the Orleans
/// Dashboard with the simulation's grains, the API, levers, and an exact replay of the session.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private readonly int _port = FreePorts.Next();
    private Process? _server;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private string Url(string path) => $"http://127.0.0.1:{_port}{path}";

    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wijksim.dll"));
        foreach (var a in new[] { "serve", Repo.Scenario("jan-eef.yaml"), "--seed", "5", "--urls", Url("") }) info.ArgumentList.Add(a);
        _server = Process.Start(info)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var state = await _http.GetFromJsonAsync<JsonElement>(Url("/api/state"));
                if (state.GetProperty("state").GetProperty("horizon").GetInt32() > 0) return;
            }
            catch (HttpRequestException) { }
            if (_server.HasExited) throw new InvalidOperationException($"wijksim serve exited with {_server.ExitCode}");
            await Task.Delay(250);
        }
        throw new TimeoutException("wijksim serve did not answer within 60 s");
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false }) _server.Kill(entireProcessTree: true);
        _server?.Dispose();
        _http.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> Post(string path, object body) => _http.PostAsJsonAsync(Url(path), body);

    [Fact]
    public async Task Serve_answers_on_the_page_the_dashboard_and_the_api_and_a_session_replays_to_the_same_bytes()
    {
        var page = await _http.GetStringAsync(Url("/"));
        Assert.Contains("WijkSim", page);
        Assert.Contains("orleans/", page);
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
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/speed", new { weeks_per_second = 1000 })).StatusCode);
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
