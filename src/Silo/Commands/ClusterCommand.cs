using System.CommandLine;
using WijkSim.Silo.Cluster;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim cluster init --db CONNECTION</c>: creates Orleans' membership and grain-storage
/// tables in a PostgreSQL database (Orleans' own scripts), once per database.
/// <c>wijksim cluster forget-dead --db CONNECTION</c>: marks silos that are gone as dead, so that a new
/// silo joins at once instead of waiting for the dead ones to time out.</summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = "PostgreSQL connection string, e.g. \"Host=127.0.0.1;Username=wijksim;Password=…;Database=wijksim\"",
            Required = true,
        };
        var init = new Command("init", "create Orleans' cluster membership and grain storage tables in a PostgreSQL database (safe to repeat)") { db };
        init.SetAction(parse => CliErrors.Guard(() => Init(parse.GetValue(db)!).GetAwaiter().GetResult()));
        var forget = ForgetDead(db);
        return new Command("cluster", "set up the database a cluster of silos shares (docs/cluster.md)") { init, forget };
    }

    private static Command ForgetDead(Option<string> db)
    {
        var clusterId = new Option<string>("--cluster-id")
        {
            Description = "the cluster whose silos to check (as given to 'wijksim silo')",
            DefaultValueFactory = _ => ClusterChoice.DefaultClusterId,
        };
        var silent = new Option<int>("--silent-for")
        {
            Description = $"seconds without an 'I am alive' from a silo after which it counts as gone (at least {FailureDetection.SilentLongEnough})",
            DefaultValueFactory = _ => FailureDetection.SilentLongEnough,
        };
        var command = new Command("forget-dead",
            "mark the silos that stopped without leaving (killed, machine off) as dead, so a new silo joins at once") { db, clusterId, silent };
        command.SetAction(parse => CliErrors.Guard(() =>
            Forget(parse.GetValue(db)!, parse.GetValue(clusterId)!, parse.GetValue(silent)).GetAwaiter().GetResult()));
        return command;
    }

    private static async Task<int> Forget(string connectionString, string clusterId, int silentSeconds)
    {
        if (silentSeconds is < FailureDetection.SilentLongEnough or > 86_400)
            throw new UsageError("--silent-for", $"expected whole seconds from {FailureDetection.SilentLongEnough} to 86400, found {silentSeconds}: " +
                $"a running silo writes 'I am alive' every {FailureDetection.IAmAliveSeconds} s, and one marked dead stops");
        var database = ClusterDatabase.Parse("--db", connectionString);
        await database.RequireInitialised();
        var gone = await database.ForgetSilent(clusterId, silentSeconds);
        Console.WriteLine(gone.Count == 0
            ? $"wijksim cluster forget-dead: every silo of cluster '{clusterId}' listed as active wrote 'I am alive' within {silentSeconds} s; nothing changed"
            : $"wijksim cluster forget-dead: marked {gone.Count} silo(s) of cluster '{clusterId}' dead, silent for more than {silentSeconds} s: {string.Join(", ", gone)}");
        return CliErrors.Ok;
    }

    private static async Task<int> Init(string connectionString)
    {
        var database = ClusterDatabase.Parse("--db", connectionString);
        bool created = await database.Initialise();
        Console.WriteLine(created
            ? $"wijksim cluster init: created Orleans' membership and storage tables in the {database.Describe}"
            : $"wijksim cluster init: the {database.Describe} already has Orleans' tables; nothing changed");
        return CliErrors.Ok;
    }
}
