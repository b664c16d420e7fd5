using System.Diagnostics;
using WijkSim.Silo.Hosting;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cluster;

/// <summary>`cluster init` and the clear, fast errors of a wrong or unreachable cluster database.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterErrorTests
{
    private static readonly string Scenario = Repo.Scenario("jan-eef.yaml");

    [Fact]
    public async Task Cluster_init_creates_the_tables_once_and_then_leaves_them_alone()
    {
        await using var database = await TestDatabase.Create("init");
        var first = CliProcess.Run(Repo.Root, "cluster", "init", "--db", database.Connection);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.Contains("created", first.Out);
        Assert.Equal(1L, await database.Scalar<long>("SELECT count(*) FROM orleansquery WHERE querykey = 'UpdateIAmAlivetimeKey'"));
        Assert.Equal(1L, await database.Scalar<long>("SELECT count(*) FROM orleansquery WHERE querykey = 'WriteToStorageKey'"));

        var second = CliProcess.Run(Repo.Root, "cluster", "init", "--db", database.Connection);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already has Orleans' tables; nothing changed", second.Out);
    }

    [Theory]
    [InlineData("sweep")]
    [InlineData("silo")]
    [InlineData("serve")]
    public void An_unreachable_database_is_a_clear_error_within_seconds(string command)
    {
        int closed = FreePorts.Next();
        string connection = $"Host=127.0.0.1;Port={closed};Username=wijksim;Password=secret;Database=wijksim";
        var clock = Stopwatch.StartNew();
        var result = CliProcess.Run(Repo.TempFolder("cluster-unreachable"), Args(command, connection));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--cluster: cannot connect to the PostgreSQL database 'wijksim' at 127.0.0.1:{closed}", result.Err);
        Assert.Contains("is PostgreSQL running", result.Err);
        Assert.DoesNotContain("secret", result.Err);
    }

    [Fact]
    public async Task A_wrong_password_an_uninitialised_database_and_a_cluster_without_silos_each_say_what_to_do()
    {
        await using var database = await TestDatabase.Create("errors");
        string dir = Repo.TempFolder("cluster-errors");
        string wrongPassword = new Npgsql.NpgsqlConnectionStringBuilder(database.Connection) { Password = "not-the-password" }.ConnectionString;
        var refused = CliProcess.Run(dir, Args("sweep", wrongPassword));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("the server refused the login", refused.Err);

        var bare = CliProcess.Run(dir, Args("sweep", database.Connection));
        Assert.Equal(2, bare.ExitCode);
        Assert.Contains("has no Orleans tables; run 'wijksim cluster init", bare.Err);

        Assert.Equal(0, CliProcess.Run(dir, "cluster", "init", "--db", database.Connection).ExitCode);
        var empty = CliProcess.Run(dir, Args("sweep", database.Connection));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no silo of cluster 'wijksim' is running", empty.Err);
        Assert.False(Directory.Exists(Path.Combine(dir, "out", "runs.csv")));

        var nonsense = CliProcess.Run(dir, Args("silo", "not a connection string"));
        Assert.Equal(2, nonsense.ExitCode);
        Assert.Contains("--cluster: not a PostgreSQL connection string", nonsense.Err);
    }

    private static string[] Args(string command, string connection) => command switch
    {
        "sweep" => ["sweep", Scenario, "--replications", "2", "--weeks", "10", "--out", "out", "--no-plots", "--cluster", connection],
        "serve" => ["serve", Scenario, "--urls", $"http://127.0.0.1:{FreePorts.Next()}", "--cluster", connection],
        _ => ["silo", "--cluster", connection, "--port", $"{FreePorts.Next()}", "--gateway-port", $"{FreePorts.Next()}"],
    };
}
