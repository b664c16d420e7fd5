using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>Every silo killed under <c>serve --cluster</c>, then one started (issue 16): while none runs the
/// API answers 503 with a sentence saying what to do (not a 500 with an empty body) and the log stays
/// quiet; once a silo is back the session goes on from its last saved week, no week the page showed is
/// lost, and the run is byte-identical to the kernel's.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterOutageTests
{
    [Fact]
    public async Task All_silos_killed_under_serve_then_one_started_loses_no_shown_week_and_keeps_the_bytes()
    {
        await using var cluster = await SiloProcesses.Start("outage", silos: 1);
        await using var serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), ["--seed", "4", .. cluster.ClientArgs]);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/step", new { weeks = 30 })).StatusCode);
        int shown = await serve.Week();
        Assert.Equal(30, shown);

        SiloProcesses.Kill(cluster.Members[0]);
        int linesAtKill = serve.Printed.Lines;
        var refused = await Poll(serve, r => r.StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromMinutes(2));
        string body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("no silo of the cluster answers", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
        Assert.DoesNotContain("   at ", body);
        await Task.Delay(TimeSpan.FromSeconds(20));                      // the outage goes on for a while
        Assert.True(serve.Printed.Lines - linesAtKill < 60, $"the server printed {serve.Printed.Lines - linesAtKill} lines during the outage");

        await cluster.StartSilo();
        await Poll(serve, r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromMinutes(2));
        Assert.True(await serve.Week() >= shown, "a week the page showed was lost");
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/step", new { weeks = 30 })).StatusCode);
        Assert.Equal(60, await serve.Week());

        string dir = Repo.TempFolder("cluster-outage");
        var live = await serve.Http.GetByteArrayAsync(serve.Url("/api/weekly.csv"));
        var kernel = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--seed", "4", "--weeks", "60", "--out", "kernel", "--no-plots");
        Assert.True(kernel.ExitCode == 0, kernel.Err);
        Assert.True(live.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "kernel", "weekly.csv"))),
            "the weekly.csv after the outage differs from the kernel's");
    }

    [Fact]
    public async Task A_silo_stopped_with_sigterm_under_a_running_session_leaves_quietly()
    {
        await using var cluster = await SiloProcesses.Start("sigterm", silos: 2);
        await using var serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), ["--seed", "6", .. cluster.ClientArgs]);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/speed", new { weeks_per_second = 20 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/start")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(3));
        int linesBefore = cluster.Printed.Lines + serve.Printed.Lines;

        var leaving = cluster.Members[0];
        CliProcess.Signal(leaving.Process, "TERM");
        Assert.True(leaving.Process.WaitForExit(60_000), "the silo did not stop within a minute of SIGTERM");
        await Task.Delay(TimeSpan.FromSeconds(10));

        Assert.Equal(0, leaving.Process.ExitCode);
        Assert.Equal(0, cluster.Printed.StackLines);
        Assert.Equal(0, serve.Printed.StackLines);
        int printed = cluster.Printed.Lines + serve.Printed.Lines - linesBefore;
        Assert.True(printed < 40, $"the silos and the server printed {printed} lines around a SIGTERM");
        Assert.False(cluster.Members[1].Process.HasExited);
        Assert.True(await serve.Week() > 0);
    }

    private static async Task<HttpResponseMessage> Poll(ServeProcess serve, Func<HttpResponseMessage, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var response = await serve.Http.GetAsync(serve.Url("/api/state"));
                if (done(response)) return response;
            }
            catch (Exception e) when (ServeProcess.IsNotAnswering(e)) { }
            catch (TaskCanceledException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException($"the server did not answer as expected within {timeout}");
    }
}
