using System.Net;
using WijkSim.Silo.Web;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>Every answer of the workshop server carries nosniff, anti-framing and no-referrer headers; the
/// page runs only the server's own scripts; the dashboard's live server log is closed (issue 16).</summary>
public class SecurityHeadersTests
{
    [Fact]
    public async Task The_page_the_api_and_the_dashboard_carry_the_headers_and_the_server_log_is_closed()
    {
        await using var serve = await ServeProcess.Start(Repo.Scenario("baseline.yaml"), "--set", "population.residents=300");
        foreach (var path in new[] { "/", "/workshop.js", "/api/state", "/api/nowhere", "/orleans" })
        {
            var response = await serve.Http.GetAsync(serve.Url(path));
            var h = response.Headers;
            Assert.Equal("nosniff", Assert.Single(h.GetValues("X-Content-Type-Options")));
            Assert.Equal("DENY", Assert.Single(h.GetValues("X-Frame-Options")));
            Assert.Equal("no-referrer", Assert.Single(h.GetValues("Referrer-Policy")));
            Assert.Contains("frame-ancestors 'none'", Assert.Single(h.GetValues("Content-Security-Policy")));
        }
        var page = await serve.Http.GetAsync(serve.Url("/"));
        Assert.Equal(SecurityHeaders.PagePolicy, Assert.Single(page.Headers.GetValues("Content-Security-Policy")));

        var trace = await serve.Http.GetAsync(serve.Url("/orleans/Trace"));
        Assert.Equal(HttpStatusCode.Forbidden, trace.StatusCode);
        Assert.Contains("server's log is not shown", await trace.Content.ReadAsStringAsync());
    }
}
