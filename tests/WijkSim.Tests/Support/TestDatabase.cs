using Npgsql;

namespace WijkSim.Tests.Support;

/// <summary>A fresh PostgreSQL database for one test class, dropped afterwards. The server is the one
/// <c>.ci/postgres</c> starts (loopback, role 'wijksim' that may create databases), provisioned by the
/// tests themselves when needed (<see cref="Prerequisites"/>); set WIJKSIM_TEST_POSTGRES to use another.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static string Admin => Prerequisites.Postgres;

    private TestDatabase(string name)
    {
        Name = name;
        Connection = new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string a user would give to --cluster / --db.</summary>
    public string Connection { get; }

    public static async Task<TestDatabase> Create(string purpose)
    {
        string name = $"wijksim_test_{purpose}_{Guid.NewGuid():N}"[..40];
        try
        {
            await Execute($"CREATE DATABASE {name}");
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException($"the cluster tests need PostgreSQL at '{new NpgsqlConnectionStringBuilder(Admin) { Password = "***" }}': " +
                $"run 'bash .ci/postgres' as root (or set WIJKSIM_TEST_POSTGRES). {e.Message}", e);
        }
        return new TestDatabase(name);
    }

    /// <summary>A scalar from this database (e.g. a count from Orleans' membership table).</summary>
    public async Task<T> Scalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)"); }
        catch (NpgsqlException) { }
    }

    private static async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
