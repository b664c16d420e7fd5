using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>The workshop serves only the scenario files of its folder (issue 16, bug 4), and answers
/// for the session at week 0 (bug 2: a 500 with an empty body before); the token's scheme is case-insensitive; bad and oversized bodies get {field, error}.</summary>
public class ServedFolderTests
{
    [Fact]
    public async Task A_link_or_an_extends_out_of_the_folder_is_refused_and_week_0_downloads_work()
    {
        string dir = Repo.TempFolder("served-folder");
        string folder = Path.Combine(dir, "served");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(dir, "elsewhere"));
        File.Copy(Repo.Scenario("baseline.yaml"), Path.Combine(folder, "baseline.yaml"));
        File.Copy(Repo.Scenario("baseline.yaml"), Path.Combine(dir, "elsewhere", "private.yaml"));
        File.CreateSymbolicLink(Path.Combine(folder, "linked.yaml"), Path.Combine(dir, "elsewhere", "private.yaml"));
        File.WriteAllText(Path.Combine(folder, "extending.yaml"), "extends: ../elsewhere/private.yaml\nname: extending\n");

        await using var serve = await ServeProcess.Start(Path.Combine(folder, "baseline.yaml"), "--set", "population.residents=300");
        foreach (var path in new[] { "/api/manifest", "/api/weekly.csv", "/api/session.zip" })
        {
            var response = await serve.Http.GetAsync(serve.Url(path));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} at week 0: {(int)response.StatusCode}");
        }
        foreach (var file in new[] { "linked.yaml", "extending.yaml" })
        {
            var refused = await serve.Post("/api/scenario", new { file });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("file", body.GetProperty("field").GetString());
            Assert.Contains("outside", body.GetProperty("error").GetString());
        }
        var state = await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/state"));
        Assert.Equal("baseline", state.GetProperty("scenario").GetProperty("name").GetString());

        // The authentication scheme is case-insensitive (RFC 7235): "bearer" was refused as "no token was sent".
        var lower = new HttpRequestMessage(HttpMethod.Post, serve.Url("/api/step")) { Content = JsonContent.Create(new { weeks = 1 }) };
        lower.Headers.TryAddWithoutValidation("Authorization", $"bearer {ServeProcess.Token}");
        Assert.Equal(HttpStatusCode.OK, (await serve.Http.SendAsync(lower)).StatusCode);
        Assert.Equal(1, await serve.Week());

        // A body that is not JSON, or a value of the wrong type: a 400 with {field, error}, not an empty 400.
        foreach (var text in new[] { "{ weeks: ", "{\"weeks\": \"many\"}" })
        {
            var bad = new HttpRequestMessage(HttpMethod.Post, serve.Url("/api/step")) { Content = new StringContent(text, System.Text.Encoding.UTF8, "application/json") };
            bad.Headers.Authorization = new("Bearer", ServeProcess.Token);
            var answer = await serve.Http.SendAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("body", body.GetProperty("field").GetString());
            Assert.DoesNotContain("   at ", body.GetProperty("error").GetString());
        }
        Assert.Equal(1, await serve.Week());

        // Texts are short names: a 200-character label is refused naming the field, a 1 MB body before it is read.
        var longLabel = await serve.Post("/api/levers", new { lever = "decision_lag", initiative = "buurtinitiatief", value = 8, by = new string('x', 200) });
        Assert.Equal(HttpStatusCode.BadRequest, longLabel.StatusCode);
        Assert.Equal("by", (await longLabel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        // The server answers 413 before it has read the body, and closes the connection; a client still sending then
        // sees the pipe break instead of the answer (a race on a loaded machine, fresh-clone CI of the thirty-ninth
        // session). Either way the body was refused unread; the server's state below shows it kept nothing.
        HttpStatusCode? huge;
        try { huge = (await serve.Post("/api/levers", new { lever = "decision_lag", initiative = "buurtinitiatief", value = 8, by = new string('x', 1_000_000) })).StatusCode; }
        catch (HttpRequestException e) when (e.InnerException is IOException) { huge = null; }
        Assert.True(huge is null or HttpStatusCode.RequestEntityTooLarge, $"a 1 MB body was answered {huge}");
        var log = await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/state"));
        Assert.DoesNotContain(new string('x', 100), log.GetRawText());
    }
}
