using System.Diagnostics;
using WijkSim.Silo.Hosting;

namespace WijkSim.Tests.Support;

/// <summary>A real cluster for a test: a fresh database with Orleans' tables (<c>wijksim cluster init</c>)
/// and N <c>wijksim silo --cluster</c> child processes on free loopback ports, each its own process, so
/// that one can be killed with SIGKILL as a crashed machine would be.</summary>
public sealed class SiloProcesses : IAsyncDisposable
{
    public sealed record Member(Process Process, int Port, int GatewayPort);

    private readonly List<Member> _members = [];

    private SiloProcesses(TestDatabase database, string clusterId)
    {
        Database = database;
        ClusterId = clusterId;
    }

    public TestDatabase Database { get; }
    public string ClusterId { get; }
    public IReadOnlyList<Member> Members => _members;

    /// <summary>The arguments that make a sweep or serve use this cluster.</summary>
    public string[] ClientArgs => ["--cluster", Database.Connection, "--cluster-id", ClusterId];

    public static async Task<SiloProcesses> Start(string purpose, int silos)
    {
        var database = await TestDatabase.Create(purpose);
        var cluster = new SiloProcesses(database, purpose);
        try
        {
            var init = CliProcess.Run(Repo.Root, "cluster", "init", "--db", database.Connection);
            if (init.ExitCode != 0) throw new InvalidOperationException($"cluster init failed: {init.Err}");
            var joined = new List<Task>();
            for (int i = 0; i < silos; i++) joined.Add(cluster.StartSilo());
            await Task.WhenAll(joined).WaitAsync(TimeSpan.FromMinutes(2));
            await cluster.WaitForActive(silos);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The member whose silo address (e.g. "S127.0.0.1:40123:154439878") has this port.</summary>
    public Member ByIdentity(string siloIdentity)
    {
        int port = int.Parse(siloIdentity.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        return _members.Single(m => m.Port == port);
    }

    /// <summary>SIGKILL: no goodbye to the cluster, no flushing; the others must find out for themselves.</summary>
    public static void Kill(Member member)
    {
        CliProcess.Signal(member.Process, "KILL");
        member.Process.WaitForExit(10_000);
    }

    /// <summary>Until the membership table lists this many silos as active.</summary>
    public async Task WaitForActive(int silos)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        string sql = $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{ClusterId}' AND status = 3";
        while (await Database.Scalar<long>(sql) < silos)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{silos} silos did not become active within a minute");
            await Task.Delay(200);
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, System.Collections.Concurrent.ConcurrentQueue<string>> _output = new();

    /// <summary>What one silo printed so far (stdout and stderr, in order of arrival).</summary>
    public IReadOnlyList<string> Output(Member member) => _output.TryGetValue(member.Port, out var q) ? q.ToArray() : [];

    /// <summary>Lines all silos printed, and those of them that are stack-trace frames ("   at ...").</summary>
    public PrintedLines Printed { get; } = new();

    /// <summary>Starts one more silo on free ports; completes when it has joined.</summary>
    public Task StartSilo()
    {
        int port = FreePorts.Next(), gateway = FreePorts.Next();
        var process = CliProcess.Start(Repo.Root, ["silo", .. ClientArgs, "--port", $"{port}", "--gateway-port", $"{gateway}"]);
        _members.Add(new Member(process, port, gateway));
        var joined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = _output[port] = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("joined cluster") == true) joined.TrySetResult();
            Printed.Count(e.Data);
            if (e.Data is not null) lines.Enqueue(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            Printed.Count(e.Data);
            if (e.Data is not null) lines.Enqueue(e.Data);
        };
        process.Exited += (_, _) => joined.TrySetException(new InvalidOperationException($"silo on port {port} exited with {process.ExitCode}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return joined.Task;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var m in _members)
        {
            if (!m.Process.HasExited) m.Process.Kill(entireProcessTree: true);
            m.Process.Dispose();
        }
        await Database.DisposeAsync();
    }
}
