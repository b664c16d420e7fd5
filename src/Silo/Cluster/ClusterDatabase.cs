using System.Net.Sockets;
using Npgsql;
using WijkSim.Silo.Commands;

namespace WijkSim.Silo.Cluster;

/// <summary>The PostgreSQL database a cluster shares: Orleans keeps its membership table (who is in the
/// cluster, on which address) and grain state there. Every command that takes <c>--cluster</c> checks
/// the database first, so that a wrong or unreachable connection string is a clear message within
/// seconds instead of Orleans retrying for minutes.</summary>
public sealed class ClusterDatabase
{
    /// <summary>ADO.NET's name for Npgsql; Orleans' providers load the driver by it.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>How long the first connection may take before we give up (Npgsql's default is 15 s).</summary>
    public const int ConnectSeconds = 5;

    private readonly string _option;

    private ClusterDatabase(string option, NpgsqlConnectionStringBuilder builder)
    {
        _option = option;
        ConnectionString = builder.ConnectionString;
        Describe = $"PostgreSQL database '{builder.Database}' at {builder.Host}:{builder.Port} as '{builder.Username}'";
    }

    /// <summary>The connection string as given, with the connect timeout capped.</summary>
    public string ConnectionString { get; }

    /// <summary>Where the database is, without the password (for messages and logs).</summary>
    public string Describe { get; }

    /// <summary>Reads a connection string such as <c>Host=127.0.0.1;Username=wijksim;Password=…;Database=wijksim</c>.</summary>
    /// <param name="option">the option it came from, named in every message (e.g. <c>--cluster</c>)</param>
    /// <exception cref="UsageError">not a connection string, or one without host or database</exception>
    public static ClusterDatabase Parse(string option, string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new UsageError(option, $"not a PostgreSQL connection string ({e.Message}); expected e.g. \"Host=127.0.0.1;Username=wijksim;Password=secret;Database=wijksim\"");
        }
        if (string.IsNullOrWhiteSpace(builder.Host)) throw new UsageError(option, "the connection string names no Host");
        if (string.IsNullOrWhiteSpace(builder.Database)) throw new UsageError(option, "the connection string names no Database");
        if (builder.Timeout is <= 0 or > ConnectSeconds) builder.Timeout = ConnectSeconds;
        return new ClusterDatabase(option, builder);
    }

    /// <summary>Opens a connection, or explains in one sentence why it cannot be opened.</summary>
    public async Task<NpgsqlConnection> Open(CancellationToken cancellation = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            deadline.CancelAfter(TimeSpan.FromSeconds(ConnectSeconds + 1));
            await connection.OpenAsync(deadline.Token);
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or OperationCanceledException && !cancellation.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            throw new UsageError(_option, $"cannot connect to the {Describe}: {Reason(e)}");
        }
    }

    /// <summary>Checks that the database is reachable and holds Orleans' tables.</summary>
    /// <exception cref="UsageError">unreachable, refused, or not initialised (with the command that fixes it)</exception>
    public async Task RequireInitialised(CancellationToken cancellation = default)
    {
        await using var connection = await Open(cancellation);
        if (!await HasOrleansTables(connection, cancellation))
            throw new UsageError(_option, $"the {Describe} has no Orleans tables; run 'wijksim cluster init --db \"…\"' on it first (docs/cluster.md)");
    }

    /// <summary>Applies Orleans' PostgreSQL scripts (membership and grain storage) in one transaction.</summary>
    /// <returns>false when the tables were already there (nothing is changed then)</returns>
    public async Task<bool> Initialise(CancellationToken cancellation = default)
    {
        await using var connection = await Open(cancellation);
        if (await HasOrleansTables(connection, cancellation)) return false;
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        foreach (var (name, script) in OrleansScripts.All())
        {
            try
            {
                await using var command = new NpgsqlCommand(script, connection, transaction);
                await command.ExecuteNonQueryAsync(cancellation);
            }
            catch (PostgresException e)
            {
                throw new UsageError(_option, $"Orleans' script {name} failed on the {Describe}: {e.MessageText} (nothing was changed)");
            }
        }
        await transaction.CommitAsync(cancellation);
        return true;
    }

    /// <summary>Silos of the cluster that the membership table lists as active and that take clients
    /// (status 3 = active, with a gateway port). A silo killed a moment ago may still be listed.</summary>
    public async Task<int> ActiveGateways(string clusterId, CancellationToken cancellation = default)
    {
        await using var connection = await Open(cancellation);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @id AND status = 3 AND proxyport > 0", connection);
        command.Parameters.AddWithValue("id", clusterId);
        return (int)(long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>Refuses a cluster whose active silos run another build of wijksim (their silo names carry
    /// the build, <see cref="BuildId"/>).</summary>
    /// <exception cref="UsageError">a silo of the cluster runs another build</exception>
    public async Task RequireSameBuild(string clusterId, string option, CancellationToken cancellation = default)
    {
        await using var connection = await Open(cancellation);
        await using var command = new NpgsqlCommand(
            "SELECT siloname, address, port FROM orleansmembershiptable WHERE deploymentid = @id AND status = 3 AND siloname LIKE @prefix", connection);
        command.Parameters.AddWithValue("id", clusterId);
        command.Parameters.AddWithValue("prefix", BuildId.SiloNamePrefix + "%");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            string name = reader.GetString(0);
            if (name == BuildId.SiloName) continue;
            throw new UsageError(option, $"silo {reader.GetString(1)}:{reader.GetInt32(2)} of cluster '{clusterId}' runs another build of wijksim " +
                $"({name[BuildId.SiloNamePrefix.Length..]}; this one is {BuildId.Current}): a cluster's runs must all come from one model. " +
                "Copy the same build to every machine (docs/cluster.md)");
        }
    }

    /// <summary>Marks as dead (Orleans' status 6) the silos of the cluster the table still lists as active or
    /// joining but that have not written "I am alive" for <paramref name="silentSeconds"/>, and bumps the
    /// table's version so that running silos read the change. Returns their addresses.</summary>
    public async Task<IReadOnlyList<string>> ForgetSilent(string clusterId, int silentSeconds, CancellationToken cancellation = default)
    {
        await using var connection = await Open(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var gone = new List<string>();
        await using (var command = new NpgsqlCommand(
            "UPDATE orleansmembershiptable SET status = 6 WHERE deploymentid = @id AND status IN (1, 2, 3) " +
            "AND iamalivetime < now() - make_interval(secs => @silent) RETURNING address, port", connection, transaction))
        {
            command.Parameters.AddWithValue("id", clusterId);
            command.Parameters.AddWithValue("silent", (double)silentSeconds);
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation)) gone.Add($"{reader.GetString(0)}:{reader.GetInt32(1)}");
        }
        if (gone.Count > 0)
        {
            await using var bump = new NpgsqlCommand(
                "UPDATE orleansmembershipversiontable SET version = version + 1, timestamp = now() WHERE deploymentid = @id", connection, transaction);
            bump.Parameters.AddWithValue("id", clusterId);
            await bump.ExecuteNonQueryAsync(cancellation);
        }
        await transaction.CommitAsync(cancellation);
        return gone;
    }

    private static async Task<bool> HasOrleansTables(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('orleansmembershiptable') IS NOT NULL AND to_regclass('orleansstorage') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <summary>The reason a connection failed, in words a user can act on.</summary>
    private static string Reason(Exception e) => e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } p => $"the server refused the login ({p.MessageText})",
        PostgresException { SqlState: "3D000" } p => $"{p.MessageText}; create it first (createdb) or fix Database=",
        PostgresException p => p.MessageText,
        OperationCanceledException or TimeoutException => $"no answer within {ConnectSeconds} seconds (is the host right, and does a firewall let port 5432 through?)",
        _ when e.GetBaseException() is SocketException s => $"{s.Message} (is PostgreSQL running, and listening on that host and port?)",
        _ when e.InnerException is TimeoutException => $"no answer within {ConnectSeconds} seconds (is the host right, and does a firewall let port 5432 through?)",
        _ => e.GetBaseException().Message,
    };
}
