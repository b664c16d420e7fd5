using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>PostgreSQL stopped in the middle of a sweep and of a live session, then started again
/// (issue 16). The results are byte-identical to fault-free ones, and the page never shows a week it
/// later takes back.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PostgresOutageTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_sweep_with_the_database_stopped_midway_gives_the_fault_free_bytes()
    {
        await using var cluster = await SiloProcesses.Start("pgsweep", silos: 2);
        string dir = Repo.TempFolder("pg-sweep");
        string[] Sweep(string output) =>
        [
            "sweep", Repo.Scenario("jan-eef.yaml"), "--vary", "municipality.settling_in_weeks=4,16", "--replications", "40",
            "--out", output, "--no-plots", .. cluster.ClientArgs,
        ];
        var clean = CliProcess.Run(dir, Sweep("clean"));
        Assert.True(clean.ExitCode == 0, clean.Err);

        using var sweep = CliProcess.Start(dir, Sweep("faulty"));
        var stdout = sweep.StandardOutput.ReadToEndAsync();
        var stderr = sweep.StandardError.ReadToEndAsync();
        string journal = Path.Combine(dir, "faulty", ".experiment", "runs");
        int finishedAtStop = -1;
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!sweep.HasExited && DateTime.UtcNow < deadline)
            {
                int finished = Directory.Exists(journal) ? Directory.GetFiles(journal, "*.run").Length : 0;
                if (finished >= 8) { finishedAtStop = finished; break; }
                await Task.Delay(20);
            }
            LocalPostgres.Stop();
            await Task.Delay(Outage);
        }
        finally
        {
            LocalPostgres.Start();
        }
        Assert.True(sweep.WaitForExit(TimeSpan.FromMinutes(4)), "the sweep did not finish within 4 minutes of the outage");
        Assert.True(sweep.ExitCode == 0, await stderr + await stdout);
        Assert.True(finishedAtStop is > 0 and < 80, $"the database was stopped after {finishedAtStop} of 80 runs, not mid-sweep");
        foreach (var file in new[] { "runs.csv", "summary.csv", "weekly.parquet" })
            Assert.True(File.ReadAllBytes(Path.Combine(dir, "clean", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "faulty", file))),
                $"{file} differs between the fault-free sweep and the one with the database stopped");
        // The silos said what failed, one line each, not a stack trace every five seconds.
        Assert.Equal(0, cluster.Printed.StackLines);
    }

    [Fact]
    public async Task A_live_session_with_the_database_stopped_never_takes_back_a_shown_week_and_keeps_the_kernels_bytes()
    {
        await using var cluster = await SiloProcesses.Start("pglive", silos: 2);
        await using var serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), ["--seed", "5", .. cluster.ClientArgs]);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/speed", new { weeks_per_second = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/start")).StatusCode);

        int shown = 0;
        async Task Watch(TimeSpan span)
        {
            var until = DateTime.UtcNow + span;
            while (DateTime.UtcNow < until)
            {
                try
                {
                    var response = await serve.Http.GetAsync(serve.Url("/api/state"));
                    if (response.IsSuccessStatusCode)
                    {
                        int week = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetProperty("week").GetInt32();
                        Assert.True(week >= shown, $"the page showed week {shown} and then week {week}");
                        shown = week;
                    }
                }
                catch (Exception e) when (ServeProcess.IsNotAnswering(e)) { }
                await Task.Delay(100);
            }
        }

        await Watch(TimeSpan.FromSeconds(3));
        Assert.True(shown > 0, "the session did not run");
        int beforeOutage = shown;
        try
        {
            LocalPostgres.Stop();
            await Watch(Outage);
        }
        finally
        {
            LocalPostgres.Start();
        }
        int duringOutage = shown;
        await Watch(TimeSpan.FromSeconds(10));
        Assert.True(shown > duringOutage, $"the session did not go on after the database came back (week {shown})");
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/speed", new { weeks_per_second = 100 })).StatusCode);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            var state = (await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/state"))).GetProperty("state");
            if (state.GetProperty("week").GetInt32() == state.GetProperty("horizon").GetInt32()) break;
            await Task.Delay(250);
        }

        Assert.Equal(0, cluster.Printed.StackLines);
        string dir = Repo.TempFolder("pg-live");
        var live = await serve.Http.GetByteArrayAsync(serve.Url("/api/weekly.csv"));
        var kernel = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--seed", "5", "--out", "kernel", "--no-plots");
        Assert.True(kernel.ExitCode == 0, kernel.Err);
        Assert.True(live.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "kernel", "weekly.csv"))),
            $"weekly.csv after a database outage from week {beforeOutage} differs from the kernel's");
    }
}
