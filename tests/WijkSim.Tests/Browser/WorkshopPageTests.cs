using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Browser;

/// <summary>The workshop page in a real headless Chromium against a real <c>wijksim serve</c>.</summary>
public class WorkshopPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string JanEef = Repo.Scenario("jan-eef.yaml");
    private const float Timeout = Pages.Timeout;

    /// <summary>A page with its console errors and uncaught exceptions collected.</summary>
    private Task<(IPage Page, List<string> Errors)> Open(ServeProcess serve, bool facilitator, BrowserNewContextOptions? options = null) =>
        Pages.Open(chromium, serve, facilitator, options);

    private static Task WaitForWeek(IPage page, int week) =>
        page.WaitForFunctionAsync($"() => Number(document.getElementById('week').dataset.week) >= {week}", null, new() { Timeout = Timeout });

    private static async Task<int> SeriesLength(IPage page, string chart) => await page.EvaluateAsync<int>($"() => window.wijksim.seriesLength('{chart}')");

    [Fact]
    public async Task A_participant_sees_the_run_without_console_errors_and_has_no_lever_controls()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (page, errors) = await Open(serve, facilitator: false);
        Assert.Contains("Ik Geef om de Jan Eef", await page.InnerTextAsync("#initiatives"));
        Assert.False(await page.IsVisibleAsync("#panel"));
        Assert.False(await page.IsVisibleAsync("#controls"));
        Assert.Equal("deelnemer", await page.InnerTextAsync("#role")); // Dutch by default
        await page.ClickAsync("#lang");
        Assert.Equal("participant", await page.InnerTextAsync("#role"));
        Assert.Empty(errors);

        // What the page would send, the API refuses without the token (the browser logs the 401 itself).
        var refused = await page.EvaluateAsync<int>("async () => (await fetch('api/levers', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({lever: 'decision_lag', initiative: 'jan-eef', value: 30})})).status");
        Assert.Equal(401, refused);
        Assert.Equal(HttpStatusCode.Forbidden, (await serve.Post("/api/step", new { weeks = 2 }, token: "notthetoken")).StatusCode);
    }

    [Fact]
    public async Task The_words_are_explained_and_numbers_are_shown_as_a_room_reads_them()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 3 });
        var (page, errors) = await Open(serve, facilitator: false);
        await WaitForWeek(page, 3);
        await page.ClickAsync("#explain summary");
        string explained = await page.InnerTextAsync("#explain");
        foreach (var word in new[] { "Draagvlak", "Meeliften", "Missie-drift", "Vertrouwen", "Gestreept" })
            Assert.Contains(word, explained);
        string card = await page.InnerTextAsync("#initiatives .kpi");
        Assert.Matches(@"\d+%", card);               // shares as percentages
        Assert.DoesNotMatch(@"\b0,\d\d\b", card);   // not as 0,56
        Assert.Matches(@"\d+ (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? 20\d\d", await page.InnerTextAsync("#date"));
        await Assertions.Expect(page.Locator("#viewers-label")).ToHaveTextAsync("kijker", new() { Timeout = Timeout }); // one viewer
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    public async Task Presentation_mode_is_readable_from_the_back_of_the_room_with_the_charts_above_the_fold(int width, int height)
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 52 });
        var (page, errors) = await Open(serve, facilitator: true, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
        await WaitForWeek(page, 52);
        await page.ClickAsync("#present");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('presentation')");
        // Numbers at least 24 px, legends at least 16 px.
        double number = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('#initiatives .kpi dd')).fontSize)");
        Assert.True(number >= 24, $"KPI numbers are {number} px");
        double week = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.getElementById('week')).fontSize)");
        Assert.True(week >= 24, $"the week is {week} px");
        double legend = await page.EvaluateAsync<double>("() => window.wijksim.charts['chart-draagvlak'].getOption().legend[0].textStyle.fontSize");
        Assert.True(legend >= 16, $"legends are {legend} px");
        // Three charts side by side, wholly above the fold, none overlapping another.
        var boxes = await page.EvaluateAsync<double[][]>("() => ['chart-draagvlak', 'chart-trust', 'chart-money'].map(id => { const r = document.getElementById(id).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        foreach (var b in boxes)
        {
            Assert.True(b[1] >= 0 && b[3] <= height, $"a chart spans {b[1]}-{b[3]} px of a {height} px screen");
            Assert.True(b[3] - b[1] >= 250, $"a chart is only {b[3] - b[1]} px high");
        }
        for (int i = 1; i < boxes.Length; i++) Assert.True(boxes[i][0] >= boxes[i - 1][2] - 1, "charts overlap");
        // The title sits above the plot and the legend below it.
        var layout = await page.EvaluateAsync<double[]>("() => { const o = window.wijksim.charts['chart-draagvlak'].getOption(); return [o.title[0].textStyle.fontSize, o.grid[0].top, o.legend[0].textStyle.fontSize, o.grid[0].bottom]; }");
        Assert.True(layout[1] > layout[0] + 8, "the title runs into the plot");
        Assert.True(layout[3] > layout[2] + 8, "the legend runs into the plot");
        Assert.False(await page.IsVisibleAsync("#controls"));
        string shot = Path.Combine(ChromiumFixture.ArtifactFolder(), $"workshop-presentation-{width}x{height}.png");
        await page.ScreenshotAsync(new() { Path = shot });
        KeepForDocs(shot);
        await page.ClickAsync("#present"); // and back
        Assert.True(await page.IsVisibleAsync("#controls"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_the_header_stays_in_view()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 10 });
        var (page, errors) = await Open(serve, facilitator: false,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
        await WaitForWeek(page, 10);
        await page.EvaluateAsync("() => window.scrollTo(0, 1500)");
        await page.WaitForFunctionAsync("() => window.scrollY > 1000");
        var header = await page.EvaluateAsync<double[]>("() => { const r = document.querySelector('header.top').getBoundingClientRect(); return [r.top, r.height]; }");
        Assert.Equal(0, header[0], 1.0);
        Assert.True(header[1] < 844 / 4, $"the header takes {header[1]} px of 844");
        Assert.True(await page.IsVisibleAsync("#week"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Events_are_named_in_Dutch_and_the_clock_runs_to_the_next_event_or_a_date()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (page, errors) = await Open(serve, facilitator: true);
        // The timeline names each event in the scenario's Dutch words (its caption) with its symbol; the
        // research note (English, seed lines, ASSUMPTION) is only a tip.
        string timeline = await page.InnerTextAsync("#timeline");
        Assert.Contains("⚠ Moord op juwelier Fred Hund", timeline);
        Assert.Contains("BIZ-stemming", timeline);
        Assert.Contains("Winkelstraatvereniging met bestuur", timeline);
        Assert.Contains("Gemeenteraadsverkiezingen", timeline); // from the municipality's calendar of elections
        Assert.DoesNotContain("ASSUMPTION", timeline);
        Assert.DoesNotContain("Murder", timeline);
        Assert.DoesNotMatch(@"\bl\.\d", timeline);
        Assert.Contains("(bron)", timeline);
        var marks = await page.EvaluateAsync<string[]>("() => window.wijksim.charts['chart-draagvlak'].getOption().series[0].markLine.data.map(d => d.name)");
        Assert.Contains(marks, m => m.Contains("⚑ Eerste Jan Eef-dag"));
        // The case's story in plain Dutch, not the scenario's English research description.
        string about = await page.InnerTextAsync("#initiatives .about");
        Assert.StartsWith("Ik Geef om de Jan Eef (Amsterdam)", about);
        Assert.Contains("Na de moord op juwelier Fred Hund", about);
        Assert.DoesNotContain("A shopping street", about);
        Assert.Equal("Ik Geef om de Jan Eef (Amsterdam)", await page.InnerTextAsync("#scenario-name"));

        // To the next event: the shock is in week 0, the first Jan Eef day in week 6.
        await page.ClickAsync("#until-event");
        await page.WaitForFunctionAsync("() => window.wijksim.state.main.state.week === 1 && !window.wijksim.state.main.state.running", null, new() { Timeout = Timeout });
        await page.ClickAsync("#until-event");
        await page.WaitForFunctionAsync("() => window.wijksim.state.main.state.week === 7 && !window.wijksim.state.main.state.running", null, new() { Timeout = Timeout });
        Assert.Equal(7, await serve.Week());
        // To a date: 2 January 2012 lies in week 65 of a run from 4 October 2010.
        await page.FillAsync("#until-date", "2012-01-02");
        await page.ClickAsync("#until-date-go");
        await page.WaitForFunctionAsync("() => window.wijksim.state.main.state.week === 66 && !window.wijksim.state.main.state.running", null, new() { Timeout = Timeout });
        Assert.Equal(HttpStatusCode.BadRequest, (await serve.Post("/api/run-until", new { week = 10 })).StatusCode); // in the past
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_held_BIZ_vote_shows_its_result_on_its_event_and_a_vote_ahead_does_not()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        for (int i = 0; i < 4; i++) await serve.Post("/api/step", new { weeks = 52 }); // past the first vote (2011-12-05)
        var rows = (await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/records?from=50"))).GetProperty("rows");
        var vote = rows.EnumerateArray().Single(r => r.GetProperty("date").GetString() == "2011-12-05");
        int yes = vote.GetProperty("biz_yes").GetInt32(), votes = vote.GetProperty("biz_votes").GetInt32();
        Assert.True(votes > 0, "the first BIZ vote was held");

        var (page, errors) = await Open(serve, facilitator: false);
        await WaitForWeek(page, 208);
        string timeline = await page.InnerTextAsync("#timeline");
        Assert.Contains($"BIZ-stemming over de eerste BIZ: {yes} van {votes} ondernemers voor", timeline);
        // The renewal vote of 2017 lies ahead: it is named, without a result.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(timeline, "ondernemers voor"));
        var marks = await page.EvaluateAsync<string[]>("() => window.wijksim.charts['chart-draagvlak'].getOption().series[0].markLine.data.map(d => d.name)");
        Assert.Contains(marks, m => m.Contains($"{yes} van {votes} ondernemers voor"));
        // The line's own label leads with the count, so it is not cut off on a projector.
        var labels = await page.EvaluateAsync<string[]>("() => window.wijksim.charts['chart-draagvlak'].getOption().series[0].markLine.data.map(d => d.label.formatter)");
        Assert.Contains($"✓ BIZ: {yes} van {votes} voor", labels);
        Assert.All(labels, l => Assert.True(l.Length <= 24, $"'{l}' is too long for a line's label"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_money_crisis_and_the_residents_mobilising_are_marked_where_they_begin()
    {
        await using var serve = await ServeProcess.Start(Repo.Scenario("de-ketel.yaml"));
        for (int i = 0; i < 5; i++) await serve.Post("/api/step", new { weeks = 52 }); // past the debt of December 2017
        var rows = (await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/records?from=0"))).GetProperty("rows").EnumerateArray().ToList();
        int crisis = rows.FindIndex(r => r.GetProperty("in_crisis").GetBoolean());
        int mobilised = rows.FindIndex(r => r.GetProperty("mobilised").GetBoolean());
        Assert.True(crisis > 0 && mobilised >= crisis, $"the debt brings a crisis (week {crisis}) and the residents mobilise (week {mobilised})");

        var (page, errors) = await Open(serve, facilitator: false);
        await WaitForWeek(page, 260);
        var marks = await page.EvaluateAsync<JsonElement>("() => window.wijksim.charts['chart-draagvlak'].getOption().series[0].markLine.data.map(d => [d.xAxis, d.name])");
        var named = marks.EnumerateArray().Select(m => (m[0].GetInt32(), m[1].GetString())).ToList();
        Assert.Contains((crisis, "⚡ Geldcrisis"), named);
        Assert.Contains((mobilised, "⚒ Bewoners komen in actie"), named);
        // Where the subsidy stops or is granted again, from the same rows.
        double Subsidy(int week) => rows[week].GetProperty("income").GetProperty("subsidy").GetDouble();
        var stops = Enumerable.Range(1, rows.Count - 1).Where(w => Subsidy(w - 1) > 0 && Subsidy(w) == 0).ToList();
        Assert.NotEmpty(stops); // the cooperative's grant ends with its finances (2018)
        Assert.All(stops, w => Assert.Contains((w, "€ Subsidie stopt"), named));
        string timeline = await page.InnerTextAsync("#timeline");
        Assert.Contains("⚡ Geldcrisis", timeline);
        Assert.Contains("⚒ Bewoners komen in actie", timeline);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task In_Dutch_the_page_shows_no_English()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        for (int i = 0; i < 4; i++) await serve.Post("/api/step", new { weeks = 52 }); // past the first BIZ vote
        await serve.Post("/api/levers", new { lever = "decision_lag", initiative = "jan-eef", value = 12 });
        await serve.Post("/api/step", new { weeks = 1 });
        var (page, errors) = await Open(serve, facilitator: true);
        await WaitForWeek(page, 209);
        await page.ClickAsync("#explain summary");
        // The scenario files' names are names, not words (voedseltuin-single-source.yaml).
        await page.EvaluateAsync("() => { document.getElementById('scenario-file').style.display = 'none'; }");
        string text = await page.InnerTextAsync("body");
        // No English text of the page's own dictionary (where it differs from the Dutch one) ...
        var english = await page.EvaluateAsync<string[]>(
            "() => Object.entries(window.WIJKSIM_TEXT.en).filter(([k, v]) => v !== window.WIJKSIM_TEXT.nl[k]).map(([k, v]) => v)");
        Assert.True(english.Length > 100, "the dictionary was read");
        foreach (var phrase in english.Where(e => e.Length >= 5 && !e.Contains('{')))
            Assert.False(text.Contains(phrase, StringComparison.Ordinal),
                $"English on the Dutch page: '{phrase}' in '{text.Substring(Math.Max(0, text.IndexOf(phrase, StringComparison.Ordinal) - 60), Math.Min(120, text.Length - Math.Max(0, text.IndexOf(phrase, StringComparison.Ordinal) - 60)))}'");
        // ... nor English from elsewhere (the scenario's research notes, the server's messages).
        Assert.DoesNotMatch(@"\b(the|and|with|from|after|before|volunteers|subsidy|entrepreneurs|assumption|murder)\b", text.ToLowerInvariant());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_neighbourhood_is_a_street_plan_of_homes_coloured_by_role_with_the_initiatives_place_also_on_a_phone()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 40 });
        var (page, errors) = await Open(serve, facilitator: false,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, DeviceScaleFactor = 2 });
        await WaitForWeek(page, 40);
        await page.WaitForFunctionAsync("() => window.wijksim.charts['chart-network'] && window.wijksim.charts['chart-network'].getOption().series.length === 5",
            null, new() { Timeout = Timeout });
        var plan = await page.EvaluateAsync<JsonElement>(@"() => {
            const o = window.wijksim.charts['chart-network'].getOption();
            return { types: o.series.map(s => s.type), homes: o.series.reduce((a, s) => a + s.data.length, 0),
                     active: o.series[3].data.length + o.series[4].data.length, place: o.series[0].markPoint.data.map(d => d.value),
                     width: document.getElementById('chart-network').getBoundingClientRect().width };
        }");
        Assert.All(plan.GetProperty("types").EnumerateArray(), t => Assert.Equal("scatter", t.GetString()));
        Assert.Equal(2000, plan.GetProperty("homes").GetInt32()); // one home per resident of jan-eef.yaml
        Assert.True(plan.GetProperty("active").GetInt32() > 0, "after 40 weeks some homes are active or core");
        Assert.Equal("⌂ Ik Geef om de Jan Eef", plan.GetProperty("place")[0].GetString());
        Assert.True(plan.GetProperty("width").GetDouble() <= 390, "the plan fits the phone's width");
        string shot = Path.Combine(ChromiumFixture.ArtifactFolder(), "workshop-street-plan-phone.png");
        await page.Locator("#chart-network").ScreenshotAsync(new() { Path = shot });
        KeepForDocs(shot);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_municipalitys_lease_decisions_are_marked_where_they_fall()
    {
        await using var serve = await ServeProcess.Start(Repo.Scenario("voedseltuin.yaml"));
        for (int i = 0; i < 6; i++) await serve.Post("/api/step", new { weeks = 52 }); // past the first five-year lease (2015)
        var rows = (await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/records?from=0"))).GetProperty("rows").EnumerateArray().ToList();
        int End(int week) => rows[week].GetProperty("lease_end_week").GetInt32();
        var extended = Enumerable.Range(1, rows.Count - 1).Where(w => End(w - 1) >= 0 && End(w) > End(w - 1)).ToList();
        Assert.NotEmpty(extended); // the garden proves itself and its lease is extended (002 l.3683-3684)

        var (page, errors) = await Open(serve, facilitator: false);
        await WaitForWeek(page, 312);
        var marks = await page.EvaluateAsync<JsonElement>("() => window.wijksim.charts['chart-draagvlak'].getOption().series[0].markLine.data.map(d => [d.xAxis, d.name])");
        var named = marks.EnumerateArray().Select(m => (m[0].GetInt32(), m[1].GetString())).ToList();
        Assert.All(extended, w => Assert.Contains(named, m => m.Item1 == w && m.Item2!.StartsWith("⌂ Huur") && m.Item2.EndsWith("jaar verlengd")));
        Assert.Contains("⌂ Huur", await page.InnerTextAsync("#timeline"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_steppers_give_values_the_model_takes_written_the_Dutch_way()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (page, errors) = await Open(serve, facilitator: true);
        await page.SelectOptionAsync("#lever", "decision_lag");
        await page.FillAsync("#lever-value", "");
        for (int i = 0; i < 3; i++) await page.ClickAsync("#value-up");
        Assert.Equal("3", await page.InputValueAsync("#lever-value"));
        await page.FillAsync("#lever-value", "104");
        await page.ClickAsync("#value-up"); // not past the range the server takes
        Assert.Equal("104", await page.InputValueAsync("#lever-value"));
        await page.SelectOptionAsync("#lever", "subsidy");
        await page.FillAsync("#lever-value", "30.000");
        await page.ClickAsync("#value-up");
        Assert.Equal("31.000", await page.InputValueAsync("#lever-value")); // thousands with a dot, read back as 31000
        await page.SelectOptionAsync("#lever", "recognition");
        await page.FillAsync("#lever-value", "0,3");
        await page.ClickAsync("#value-up");
        Assert.Equal("0,4", await page.InputValueAsync("#lever-value"));
        await page.ClickAsync("#lever-form button[type=submit]"); // the server takes it as 0.4
        await Assertions.Expect(page.Locator("#lever-ok")).ToContainTextAsync("Toegepast vanaf week 0", new() { Timeout = Timeout });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_charts_grow_as_weeks_pass()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (page, errors) = await Open(serve, facilitator: false);
        Assert.Equal(0, await SeriesLength(page, "chart-draagvlak"));
        await serve.Post("/api/step", new { weeks = 10 });
        await WaitForWeek(page, 10);
        await page.WaitForFunctionAsync("() => window.wijksim.seriesLength('chart-draagvlak') === 10", null, new() { Timeout = Timeout });
        await serve.Post("/api/step", new { weeks = 15 });
        await WaitForWeek(page, 25);
        await page.WaitForFunctionAsync("() => window.wijksim.seriesLength('chart-money') === 25", null, new() { Timeout = Timeout });
        Assert.Equal(25, await SeriesLength(page, "chart-trust"));
        Assert.Contains("mrt 2011", await page.InnerTextAsync("#date")); // week 24 of a run from 2010-10-04, in Dutch
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_facilitators_lever_change_reaches_the_model_and_the_timeline_and_a_bad_value_is_shown_at_its_field()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 5 });
        var (page, errors) = await Open(serve, facilitator: true);
        Assert.True(await page.IsVisibleAsync("#panel"));
        Assert.Equal("facilitator", await page.InnerTextAsync("#role"));

        await page.SelectOptionAsync("#lever", "decision_lag");
        await page.FillAsync("#lever-value", "500");
        await page.ClickAsync("#lever-form button[type=submit]");
        var error = page.Locator("#lever-form [data-error-for=value]");
        // The server's reason, said in Dutch from its code and values (LeverError), not in English.
        await Assertions.Expect(error).ToContainTextAsync("Kies een getal van 0 tot en met 104; u typte 500", new() { Timeout = Timeout });
        Assert.DoesNotContain("between", await error.InnerTextAsync());

        await page.FillAsync("#lever-value", "26");
        await page.ClickAsync("#lever-form button[type=submit]");
        await Assertions.Expect(page.Locator("#lever-ok")).ToContainTextAsync("5", new() { Timeout = Timeout });
        Assert.Equal("", await error.InnerTextAsync());

        // It applies from the next week boundary: after one more week it is in the model's log.
        await serve.Post("/api/step", new { weeks = 1 });
        var manifest = await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/manifest"));
        var change = manifest.GetProperty("lever_changes")[0];
        Assert.Equal((5, "decision_lag", 26.0), (change.GetProperty("week").GetInt32(), change.GetProperty("change").GetProperty("lever").GetString(), change.GetProperty("change").GetProperty("value").GetDouble()));
        await Assertions.Expect(page.Locator("#timeline li.lever")).ToContainTextAsync("Beslistermijn", new() { Timeout = Timeout });
        // The only console line is the browser's own note of the refused request (400), not a script error.
        Assert.All(errors, e => Assert.StartsWith("Failed to load resource: the server responded with a status of 400", e));
    }

    [Fact]
    public async Task Thirty_viewers_phones_included_all_receive_the_same_weeks_from_the_server()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 };
        var viewers = new List<(IPage Page, List<string> Errors)>();
        foreach (var batch in Enumerable.Range(0, 30).Chunk(6)) // six browsers at a time start up; all thirty then stay connected
            viewers.AddRange(await Task.WhenAll(batch.Select(i => Open(serve, facilitator: false, i % 3 == 0 ? phone : null))));
        var count = await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/viewers"));
        Assert.True(count.GetProperty("viewers").GetInt32() >= 30);

        await serve.Post("/api/step", new { weeks = 8 });
        await Task.WhenAll(viewers.Select(v => WaitForWeek(v.Page, 8)));
        foreach (var (page, errors) in viewers)
        {
            Assert.Equal(8, await SeriesLength(page, "chart-draagvlak"));
            Assert.Empty(errors);
        }
        // A phone gets one column: the first chart spans the whole width of the page.
        var (phonePage, _) = viewers[0];
        double chartWidth = await phonePage.EvaluateAsync<double>("() => document.getElementById('chart-draagvlak').getBoundingClientRect().width");
        Assert.InRange(chartWidth, 300, 390);
    }

    [Fact]
    public async Task Forking_shows_the_run_with_and_without_the_change_side_by_side()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 20 });
        var (page, errors) = await Open(serve, facilitator: true);
        await page.ClickAsync("#fork");
        await Assertions.Expect(page.Locator("#compare")).ToBeVisibleAsync(new() { Timeout = Timeout });
        await page.SelectOptionAsync("#lever", "stance");
        await page.SelectOptionAsync("#lever-run", "fork");
        await page.SelectOptionAsync("#lever-stance", "provider");
        await page.ClickAsync("#lever-form button[type=submit]");
        await Assertions.Expect(page.Locator("#lever-ok")).ToContainTextAsync("20", new() { Timeout = Timeout });
        await serve.Post("/api/step", new { weeks = 10 });
        await WaitForWeek(page, 30);
        // The fork follows the main run's clock and has its own lines on the charts.
        await page.WaitForFunctionAsync("() => window.wijksim.state.fork && window.wijksim.state.fork.state.week === 30", null, new() { Timeout = Timeout });
        int series = await page.EvaluateAsync<int>("() => window.wijksim.charts['chart-draagvlak'].getOption().series.length");
        Assert.Equal(6, series); // three lines without and three with the change
        Assert.Contains("met wijziging", await page.InnerTextAsync("#compare"));
        // What was changed, in words; a difference column; shares as percentages; the fork in its own colour.
        string changes = await page.InnerTextAsync("#compare-changes");
        Assert.Contains("Vanaf week 20", changes);
        Assert.Contains("Houding van de gemeente: subsidieverstrekker", changes);
        string table = await page.InnerTextAsync("#compare-table");
        Assert.Contains("verschil", table);
        Assert.Matches(@"\d+%", table);
        Assert.Matches("[▲▼=]", table);
        var colours = await page.EvaluateAsync<string[]>("() => window.wijksim.charts['chart-draagvlak'].getOption().series.map(s => s.color)");
        Assert.Empty(colours.Take(3).Intersect(colours.Skip(3)));
        // The money chart shows the comparison's income as a line of its own.
        var money = await page.EvaluateAsync<string[]>("() => window.wijksim.charts['chart-money'].getOption().series.map(s => s.name)");
        Assert.Contains(money, n => n.Contains("inkomsten per jaar") && n.Contains("met wijziging"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_facilitator_loads_another_scenario_from_the_server_folder()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (page, errors) = await Open(serve, facilitator: true);
        var (participant, participantErrors) = await Open(serve, facilitator: false);
        await page.SelectOptionAsync("#scenario-file", "de-ketel.yaml");
        await page.ClickAsync("#load");
        await Assertions.Expect(participant.Locator("#scenario-name")).ToHaveTextAsync("De Ketel (Den Haag)", new() { Timeout = Timeout }); // the scenario's Dutch title
        Assert.Empty(errors);
        Assert.Empty(participantErrors);
    }

    [Fact]
    public async Task Numbers_are_read_as_a_Dutch_room_writes_them_or_refused_with_how_to_write_them()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        var (page, errors) = await Open(serve, facilitator: true);
        // The parser itself, on what people type.
        foreach (var (text, expected) in new (string, double?)[]
                 { ("30.000", 30000), ("€ 30.000", 30000), ("30000", 30000), ("0,5", 0.5), ("0.5", 0.5), ("1.234,5", 1234.5), ("12", 12),
                   ("30,000.50", null), ("dertig", null), ("1,2,3", null), ("", null) })
            Assert.Equal(expected, await page.EvaluateAsync<double?>("t => window.wijksimParseNumber(t)", text));

        // "30.000" as a subsidy is thirty thousand euros, not thirty.
        await page.SelectOptionAsync("#lever", "subsidy");
        await page.SelectOptionAsync("#lever-schedule", "fixed");
        await page.FillAsync("#lever-value", "30.000");
        await page.ClickAsync("#lever-form button[type=submit]");
        await Assertions.Expect(page.Locator("#lever-ok")).ToContainTextAsync("0", new() { Timeout = Timeout });
        await serve.Post("/api/step", new { weeks = 1 });
        var manifest = await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/manifest"));
        Assert.Equal(30000, manifest.GetProperty("lever_changes")[0].GetProperty("change").GetProperty("value").GetDouble());

        // 2,5 members per group is refused on the page, with what to write instead; nothing is sent.
        await page.SelectOptionAsync("#lever", "group_split");
        await page.FillAsync("#lever-value", "2,5");
        await page.ClickAsync("#lever-form button[type=submit]");
        await Assertions.Expect(page.Locator("#lever-form [data-error-for=value]")).ToContainTextAsync("heel getal", new() { Timeout = Timeout });
        await page.FillAsync("#lever-value", "30,000.50");
        await page.ClickAsync("#lever-form button[type=submit]");
        await Assertions.Expect(page.Locator("#lever-form [data-error-for=value]")).ToContainTextAsync("30.000 of 30000", new() { Timeout = Timeout });
        await serve.Post("/api/step", new { weeks = 1 });
        manifest = await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/manifest"));
        Assert.Equal(1, manifest.GetProperty("lever_changes").GetArrayLength());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_reset_asks_first_says_what_leaves_the_screen_and_keeps_it_downloadable()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 5 });
        await serve.Post("/api/levers", new { lever = "decision_lag", initiative = "jan-eef", value = 12 });
        await serve.Post("/api/step", new { weeks = 1 }); // a lever applies from the next week on
        var (page, errors) = await Open(serve, facilitator: true);
        await WaitForWeek(page, 6);
        await page.WaitForFunctionAsync("() => window.wijksim.state.main.levers.length === 1", null, new() { Timeout = Timeout });

        // Cancelled: nothing happens.
        string? asked = null;
        void Dismiss(object? _, IDialog d) { asked = d.Message; _ = d.DismissAsync(); }
        page.Dialog += Dismiss;
        await page.ClickAsync("#reset");
        await page.WaitForFunctionAsync("() => true");
        Assert.NotNull(asked);
        Assert.Contains("week 6", asked);
        Assert.Contains("1 knopwijziging", asked);
        Assert.Contains("Eerdere sessies", asked);
        Assert.Equal(6, await serve.Week());
        page.Dialog -= Dismiss;

        // Confirmed: the run starts again, and the old one is listed for everyone.
        page.Dialog += (_, d) => _ = d.AcceptAsync();
        await page.ClickAsync("#reset");
        var (participant, participantErrors) = await Open(serve, facilitator: false);
        await Assertions.Expect(participant.Locator("#earlier-list li")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        string item = await participant.TextContentAsync("#earlier-list li") ?? "";
        Assert.Contains("tot week 6", item);
        Assert.Contains("opnieuw beginnen", item);
        Assert.Equal(0, await serve.Week());
        Assert.Empty(errors);
        Assert.Empty(participantErrors);
    }

    [Fact]
    public async Task A_screenshot_after_52_weeks_of_jan_eef_is_kept_as_an_artifact()
    {
        await using var serve = await ServeProcess.Start(JanEef);
        await serve.Post("/api/step", new { weeks = 30 });
        await serve.Post("/api/levers", new { lever = "subsidy", initiative = "jan-eef", schedule = "lifecycle", value = 30000 });
        await serve.Post("/api/step", new { weeks = 22 });
        var (facilitator, errors) = await Open(serve, facilitator: true);
        var (participant, _) = await Open(serve, facilitator: false,
            new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, DeviceScaleFactor = 2 });
        await WaitForWeek(facilitator, 52);
        await WaitForWeek(participant, 52);
        string folder = ChromiumFixture.ArtifactFolder();
        string shot = Path.Combine(folder, "workshop-jan-eef-week52-facilitator.png");
        await facilitator.ScreenshotAsync(new() { Path = shot, FullPage = true });
        await participant.ScreenshotAsync(new() { Path = Path.Combine(folder, "workshop-jan-eef-week52-participant-phone.png"), FullPage = true });
        Assert.True(new FileInfo(shot).Length > 50_000, "the screenshot is suspiciously small");
        Assert.Empty(errors);
        foreach (var file in Directory.GetFiles(folder, "workshop-jan-eef-week52-*.png")) KeepForDocs(file);
    }

    /// <summary>Regenerates the guide's screenshots (docs/img) with WIJKSIM_DOCS_SCREENSHOTS=1.</summary>
    private static void KeepForDocs(string file)
    {
        if (Environment.GetEnvironmentVariable("WIJKSIM_DOCS_SCREENSHOTS") == "1")
            File.Copy(file, Path.Combine(Repo.Root, "docs", "img", Path.GetFileName(file)), overwrite: true);
    }
}
