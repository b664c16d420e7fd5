using System.Net;
using System.Text;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>A bounded HTTP fuzz test of the whole workshop API on loopback (issue 16): a fixed number of
/// requests, drawn with a fixed seed, to every endpoint with every method, with and without the token,
/// with bodies that are empty, not JSON, JSON of the wrong shape or types, huge numbers, long strings and
/// control characters. No answer may be a 500, show a stack trace or a server path, and the server still
/// steps afterwards.</summary>
public class ApiFuzzTests
{
    private static readonly string[] Paths =
    [
        "/api/state", "/api/manifest", "/api/network", "/api/records", "/api/records?from=-5", "/api/records?from=99999999999",
        "/api/scenarios", "/api/session.zip", "/api/viewers", "/api/weekly.csv", "/api/fork", "/api/levers", "/api/pause",
        "/api/reset", "/api/scenario", "/api/speed", "/api/start", "/api/step", "/api/nothing", "/api/step/../state",
    ];

    private static readonly string[] Bodies =
    [
        "", "{", "[]", "null", "42", "\"text\"", "{}", "{\"weeks\": -1}", "{\"weeks\": 1e308}", "{\"weeks\": \"many\"}",
        "{\"weeks\": 99999999999}", "{\"lever\": \"stance\", \"initiative\": \"jan-eef\", \"stance\": \"\\u0000\"}",
        "{\"lever\": \"decision_lag\", \"initiative\": \"nobody\", \"value\": 1e400}", "{\"lever\": null}",
        "{\"weeks_per_second\": -0.0}", "{\"weeks_per_second\": 1e-320}", "{\"file\": \"../../etc/passwd\"}",
        "{\"file\": \"/dev/zero\"}", "{\"file\": \"jan-eef.yaml\", \"seed\": -1}", "{\"run\": \"fork\", \"lever\": \"stance\"}",
    ];

    [Fact]
    public async Task Four_hundred_random_requests_get_no_500_no_stack_trace_and_the_server_still_steps()
    {
        await using var serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), "--set", "population.residents=300");
        var random = new Random(20261201);
        var methods = new[] { HttpMethod.Get, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Put };
        var failures = new List<string>();
        for (int i = 0; i < 400; i++)
        {
            string path = Paths[random.Next(Paths.Length)];
            var method = methods[random.Next(methods.Length)];
            string body = Bodies[random.Next(Bodies.Length)];
            var request = new HttpRequestMessage(method, serve.Url(path));
            if (method != HttpMethod.Get) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            if (random.Next(3) > 0) request.Headers.Authorization = new("Bearer", random.Next(4) == 0 ? "wrong-token" : ServeProcess.Token);
            using var response = await serve.Http.SendAsync(request);
            string text = response.Content.Headers.ContentType?.MediaType is "application/zip" ? "" : await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || text.Contains("   at ") || text.Contains("/work/") || text.Contains(Repo.Root))
                failures.Add($"{method} {path} {body} -> {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));

        var step = await serve.Post("/api/step", new { weeks = 2 });
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
    }
}
