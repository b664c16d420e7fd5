using System.CommandLine;
using WijkSim.Silo.Cluster;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim cluster init --db CONNECTION</c>: creates Orleans' membership and grain-storage
/// tables in a PostgreSQL database (Orleans' own scripts), once per database.</summary>
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
        return new Command("cluster", "set up the database a cluster of silos shares (docs/cluster.md)") { init };
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
