using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Experiments;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Hosting;

namespace WijkSim.Benchmarks;

/// <summary>A sweep of 600 one-year Jan Eef runs on a real cluster of 1, 2 or 3 <c>wijksim silo</c>
/// processes (membership in PostgreSQL, one run at a time per silo), driven from this process as an
/// Orleans client, next to the plain kernel with as many runs at once. One operation = one run.
/// Needs PostgreSQL as .ci/postgres starts it (or WIJKSIM_BENCH_POSTGRES).</summary>
[MemoryDiagnoser]
// Six sweeps per case: with three, one slow sweep (a GC or a membership probe in another process) moved the mean by 30%.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
[GcServer(true)]
public class ClusterSweepBenchmark
{
    private const int Runs = 600;
    private ModelConfig _config = null!;
    private string _json = "";
    private string _database = "";
    private readonly List<Process> _silos = [];
    private Microsoft.Extensions.Hosting.IHost _client = null!;
    private int _experiments;

    [Params(1, 2, 3)]
    public int Silos { get; set; }

    private static string Admin => Environment.GetEnvironmentVariable("WIJKSIM_BENCH_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=wijksim;Password=wijksim;Database=postgres";

    [GlobalSetup]
    public async Task Setup()
    {
        _config = ScenarioLoader.Load(Scenarios.Path("jan-eef.yaml")).Config with { Weeks = 52 };
        _json = ModelConfigJson.Serialize(_config);
        _database = $"wijksim_bench_{Guid.NewGuid():N}"[..30];
        await Admin_($"CREATE DATABASE {_database}");
        var cluster = new ClusterChoice(ClusterDatabase.Parse("bench", new NpgsqlConnectionStringBuilder(Admin) { Database = _database }.ConnectionString), "bench");
        await cluster.Database.Initialise();
        for (int s = 0; s < Silos; s++) _silos.Add(StartSilo(cluster));
        while (await cluster.Database.ActiveGateways(cluster.ClusterId) < Silos) await Task.Delay(200);
        var builder = Host.CreateApplicationBuilder();
        ClusterClient.Configure(builder, cluster, dashboard: false);
        _client = builder.Build();
        await _client.StartAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _client.StopAsync();
        _client.Dispose();
        foreach (var silo in _silos) silo.Kill(entireProcessTree: true);
        NpgsqlConnection.ClearAllPools();
        await Admin_($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Runs, Description = "kernel run (Parallel.For)")]
    public void Kernel() =>
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = Silos }, r => KernelRun.Run(_config, (ulong)r + 1));

    [Benchmark(OperationsPerInvoke = Runs, Description = "Run grains (silo processes)")]
    public Task Cluster()
    {
        var spec = new ExperimentSpec($"bench-{Silos}-{_experiments++}", [_json], Runs, FirstSeed: 1, Window: 2 * Silos);
        return new ExperimentDriver(_client.Services.GetRequiredService<IGrainFactory>()).Run(spec, Enumerable.Range(0, Runs), _ => { }, CancellationToken.None);
    }

    /// <summary>`wijksim silo` from the Silo project's build (benchmarks build it first, see the csproj).</summary>
    private static Process StartSilo(ClusterChoice cluster)
    {
        string wijksim = Scenarios.RepoFile(Path.Combine("src", "Silo", "bin", "Release", "net10.0", "wijksim.dll"));
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { wijksim, "silo", "--cluster", cluster.Database.ConnectionString, "--cluster-id", cluster.ClusterId,
                     "--port", $"{FreePorts.Next()}", "--gateway-port", $"{FreePorts.Next()}", "--parallel", "1" })
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task Admin_(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
