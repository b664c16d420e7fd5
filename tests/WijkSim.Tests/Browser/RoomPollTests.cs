using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Browser;

/// <summary>The room takes part (issue 15, as in NetLogo's HubNet): the facilitator asks, phones answer,
/// the answer becomes a lever change that the session's manifest replays byte for byte.</summary>
[Collection(AloneCollection.Name)]
public class RoomPollTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string JanEef = Repo.Scenario("jan-eef.yaml");
    private const float Timeout = Pages.Timeout;
    private static readonly BrowserNewContextOptions Phone = Pages.Phone;

    private Task<(IPage Page, List<string> Errors)> Open(ServeProcess serve, bool facilitator, BrowserNewContextOptions? options = null) =>
        Pages.Open(chromium, serve, facilitator, options);

    /// <summary>The session zip, unpacked, and `wijksim run --levers` of its manifest: the same weekly.csv.</summary>
    private static async Task<JsonElement> AssertTheSessionReplays(ServeProcess serve, int weeks, string name)
    {
        string dir = Repo.TempFolder(name);
        var zip = await serve.Http.GetByteArrayAsync(serve.Url("/api/session.zip"));
        await using (var stream = new MemoryStream(zip)) ZipFile.ExtractToDirectory(stream, Path.Combine(dir, "session"));
        var replay = CliProcess.Run(dir, "run", JanEef, "--seed", "1", "--weeks", weeks.ToString(),
            "--levers", Path.Combine("session", "manifest.json"), "--out", "replay", "--no-plots");
        Assert.True(replay.ExitCode == 0, replay.Err);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir, "session", "weekly.csv")), await File.ReadAllBytesAsync(Path.Combine(dir, "replay", "weekly.csv")));
        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "session", "manifest.json"))).RootElement;
    }

    [Fact]
    public async Task Ten_phones_answer_a_lever_poll_the_facilitator_applies_it_and_the_session_replays_byte_for_byte()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 20 });
        var (facilitator, errors) = await Open(serve, facilitator: true);
        await facilitator.SelectOptionAsync("#lever", "decision_lag");
        await facilitator.FillAsync("#poll-choices", "4; 26");
        await facilitator.ClickAsync("#poll-open");

        var phones = new List<(IPage Page, List<string> Errors)>();
        for (int i = 0; i < 10; i++) phones.Add(await Open(serve, facilitator: false, Phone));
        for (int i = 0; i < 10; i++)
        {
            var phone = phones[i].Page;
            await Assertions.Expect(phone.Locator("#poll-question")).ToContainTextAsync("Beslistermijn", new() { Timeout = Timeout });
            await phone.ClickAsync($"#poll-choices-list button[data-choice='{(i < 7 ? 1 : 0)}']"); // seven for 26 weeks, three for 4
        }
        await facilitator.WaitForFunctionAsync("() => { const p = window.wijksim.state.poll; return p && p.open && p.tally[0] === 3 && p.tally[1] === 7; }",
            null, new() { Timeout = Timeout });
        // The tally reached the facilitator; the phone hears of the tenth answer on its own next update, so wait for it.
        await Assertions.Expect(phones[0].Page.Locator("#poll-status")).ToContainTextAsync("10 antwoorden", new() { Timeout = Timeout });
        await Assertions.Expect(phones[0].Page.Locator("#poll-choices-list")).ToContainTextAsync("26 weken", new() { Timeout = Timeout });
        string shot = Path.Combine(ChromiumFixture.ArtifactFolder(), "workshop-poll-phone.png");
        await phones[0].Page.ScreenshotAsync(new() { Path = shot });
        if (Environment.GetEnvironmentVariable("WIJKSIM_DOCS_SCREENSHOTS") == "1") File.Copy(shot, Path.Combine(Repo.Root, "docs", "img", "workshop-poll-phone.png"), overwrite: true);

        await facilitator.ClickAsync("#poll-apply");
        await Assertions.Expect(phones[9].Page.Locator("#poll-status")).ToContainTextAsync("De zaal heeft gekozen", new() { Timeout = Timeout });
        await serve.Post("/api/step", new { weeks = 1 }); // a lever applies from the next week on, and is logged then
        await facilitator.WaitForFunctionAsync("() => window.wijksim.state.main.levers.length === 1", null, new() { Timeout = Timeout });
        var lever = await facilitator.EvaluateAsync<JsonElement>("() => window.wijksim.state.main.levers[0]");
        Assert.Equal(("decision_lag", 26.0, 20), (lever.GetProperty("change").GetProperty("lever").GetString(),
            lever.GetProperty("change").GetProperty("value").GetDouble(), lever.GetProperty("week").GetInt32()));
        Assert.Contains("zaal (vraag 1): 7 van 10", lever.GetProperty("change").GetProperty("by").GetString());

        await serve.Post("/api/step", new { weeks = 9 });
        var manifest = await AssertTheSessionReplays(serve, 30, "poll-replay");
        var poll = manifest.GetProperty("polls")[0];
        Assert.Equal([3, 7], poll.GetProperty("tally").EnumerateArray().Select(t => t.GetInt32()));
        Assert.Equal(26.0, poll.GetProperty("applied").GetProperty("change").GetProperty("value").GetDouble());
        Assert.Empty(errors);
        Assert.All(phones, p => Assert.Empty(p.Errors));
    }

    [Fact]
    public async Task The_room_votes_as_the_shopkeepers_and_the_BIZ_vote_takes_its_yes_share()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        for (int i = 0; i < 3; i++) await serve.Post("/api/step", new { weeks = 19 }); // the first BIZ vote is in week 61 (2011-12-05)
        var opened = await serve.Post("/api/polls", new { lever = "room_vote", initiative = "jan-eef" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        int id = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var (phone, errors) = await Open(serve, facilitator: false, Phone);
        await Assertions.Expect(phone.Locator("#poll-question")).ToContainTextAsync("Stemt u als ondernemer voor de BIZ?", new() { Timeout = Timeout });
        await phone.ClickAsync("#poll-choices-list button[data-choice='0']"); // one phone in favour ...
        for (int v = 0; v < 9; v++) // ... and nine more answers: five in favour, four against
            Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/polls/answer", new { poll = id, choice = v < 5 ? 0 : 1, voter = $"phone-{v}" }, token: null)).StatusCode);
        // Bad answers are refused at their field, and answering needs no token but closing does.
        Assert.Equal(HttpStatusCode.BadRequest, (await serve.Post("/api/polls/answer", new { poll = id, choice = 2, voter = "x" }, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await serve.Post("/api/polls/answer", new { poll = id + 1, choice = 0, voter = "x" }, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await serve.Post("/api/polls/answer", new { poll = id, choice = 0, voter = "a b" }, token: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await serve.Post("/api/polls/close", new { apply = true }, token: null)).StatusCode);

        var closed = await serve.Post("/api/polls/close", new { apply = true });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var applied = (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetProperty("change");
        Assert.Equal(("room_vote", 0.6), (applied.GetProperty("lever").GetString(), applied.GetProperty("value").GetDouble()));
        await serve.Post("/api/step", new { weeks = 10 });

        var rows = (await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/records?from=50"))).GetProperty("rows");
        var vote = rows.EnumerateArray().Single(r => r.GetProperty("date").GetString() == "2011-12-05");
        int votes = vote.GetProperty("biz_votes").GetInt32();
        Assert.True(votes > 0);
        Assert.Equal((int)Math.Round(0.6 * votes, MidpointRounding.AwayFromZero), vote.GetProperty("biz_yes").GetInt32());
        Assert.True(rows.EnumerateArray().Last().GetProperty("biz_active").GetBoolean(), "60% in favour passes a BIZ that needs half");
        await AssertTheSessionReplays(serve, 67, "room-vote-replay");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_poll_with_a_bad_choice_is_refused_at_its_field_before_it_opens()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (facilitator, errors) = await Open(serve, facilitator: true);
        await facilitator.SelectOptionAsync("#lever", "decision_lag");
        await facilitator.FillAsync("#poll-choices", "4; 500");
        await facilitator.ClickAsync("#poll-open");
        await Assertions.Expect(facilitator.Locator("#lever-form [data-error-for=choices]"))
            .ToContainTextAsync("Kies een getal van 0 tot en met 104; u typte 500", new() { Timeout = Timeout });
        Assert.True(await facilitator.IsHiddenAsync("#poll"));
        // The clock's refusals are said in Dutch too: a date before the current week.
        await facilitator.FillAsync("#until-date", "2010-01-04");
        await facilitator.ClickAsync("#until-date-go");
        await Assertions.Expect(facilitator.Locator("[data-error-for=clock]"))
            .ToHaveTextAsync("Kies een datum na de huidige week en binnen de looptijd.", new() { Timeout = Timeout });
        Assert.Equal(HttpStatusCode.BadRequest, (await serve.Post("/api/polls", new { lever = "decision_lag", initiative = "jan-eef", choices = new[] { new { value = 4 } } })).StatusCode);
        Assert.All(errors, e => Assert.StartsWith("Failed to load resource: the server responded with a status of 400", e));
    }
}
