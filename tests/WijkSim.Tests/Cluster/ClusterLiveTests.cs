using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>A live session served from a three-process cluster: SIGKILL the silo its clock runs on,
/// mid-run, and the session goes on from the last completed week (grain state in PostgreSQL); SIGKILL
/// another silo, and the week that fails under it is done again. The weekly.csv is the kernel's with
/// the same lever changes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterLiveTests
{
    [Fact]
    public async Task A_live_run_survives_the_loss_of_its_clocks_silo_and_of_another_with_identical_results()
    {
        await using var cluster = await SiloProcesses.Start("live", silos: 3);
        await using var serve = await ServeProcess.Start(Repo.Scenario("jan-eef.yaml"), ["--seed", "3", .. cluster.ClientArgs]);

        // A lever change before the fault (it must survive it), then full speed.
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/step", new { weeks = 6 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/levers", new { lever = "decision_lag", initiative = "jan-eef", value = 20, by = "test" })).StatusCode);
        // 10 weeks a second: the 480 weeks after the first kill take longer than Orleans' 30 s response
        // timeout, so a status poll that waits out a dead silo cannot miss the second kill's moment.
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/speed", new { weeks_per_second = 10 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await serve.Post("/api/start")).StatusCode);

        var state = await WaitFor(serve, s => s.GetProperty("week").GetInt32() >= 40, TimeSpan.FromMinutes(2));
        string clockSilo = state.GetProperty("silo").GetString()!;
        var victim = cluster.ByIdentity(clockSilo);
        SiloProcesses.Kill(victim);
        int weekAtKill = state.GetProperty("week").GetInt32();

        // Then a silo the clock is not on: the week in flight fails under it and is done again.
        var moved = await WaitFor(serve, s => s.GetProperty("week").GetInt32() >= weekAtKill + 60, TimeSpan.FromMinutes(3));
        string newClockSilo = moved.GetProperty("silo").GetString()!;
        Assert.NotEqual(clockSilo, newClockSilo);
        var bystander = cluster.Members.Single(m => !m.Process.HasExited && m != cluster.ByIdentity(newClockSilo));
        SiloProcesses.Kill(bystander);
        int weekAtSecondKill = moved.GetProperty("week").GetInt32();

        var end = await WaitFor(serve, s => s.GetProperty("week").GetInt32() == s.GetProperty("horizon").GetInt32(), TimeSpan.FromMinutes(4));
        Assert.True(weekAtSecondKill < end.GetProperty("horizon").GetInt32() - 20, $"the second kill came too late (week {weekAtSecondKill})");
        Assert.Equal(newClockSilo, end.GetProperty("silo").GetString());

        // The kernel with the session's lever changes (its manifest) gives the same bytes.
        string dir = Repo.TempFolder("cluster-live");
        await File.WriteAllTextAsync(Path.Combine(dir, "manifest.json"), await serve.Http.GetStringAsync(serve.Url("/api/manifest")));
        var live = await serve.Http.GetByteArrayAsync(serve.Url("/api/weekly.csv"));
        var replay = CliProcess.Run(dir, "run", Repo.Scenario("jan-eef.yaml"), "--seed", "3", "--levers", "manifest.json", "--out", "kernel", "--no-plots");
        Assert.True(replay.ExitCode == 0, replay.Err);
        Assert.Contains("decision_lag", await File.ReadAllTextAsync(Path.Combine(dir, "manifest.json")));
        await File.WriteAllBytesAsync(Path.Combine(dir, "live-weekly.csv"), live);
        var liveLines = System.Text.Encoding.UTF8.GetString(live).Split('\n');
        var kernelLines = File.ReadAllLines(Path.Combine(dir, "kernel", "weekly.csv"));
        int first = Enumerable.Range(0, Math.Min(liveLines.Length, kernelLines.Length)).FirstOrDefault(i => liveLines[i] != kernelLines[i], -1);
        Assert.True(live.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dir, "kernel", "weekly.csv"))),
            $"weekly.csv of the live run with a killed silo (kills at weeks {weekAtKill} and {weekAtSecondKill}) differs from the kernel's " +
            $"from line {first}: live '{(first >= 0 ? liveLines[first] : "")}' kernel '{(first >= 0 ? kernelLines[first] : "")}' (both in {dir})");
    }

    /// <summary>Polls /api/state (through calls that fail while the cluster notices the dead silo).</summary>
    private static async Task<JsonElement> WaitFor(ServeProcess serve, Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = (await serve.Http.GetFromJsonAsync<JsonElement>(serve.Url("/api/state"))).GetProperty("state");
                if (condition(last)) return last;
            }
            catch (Exception e) when (ServeProcess.IsNotAnswering(e)) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"not reached within {timeout}; last state: {last}");
    }
}
