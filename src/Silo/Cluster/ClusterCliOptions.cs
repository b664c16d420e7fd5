using System.CommandLine;
using WijkSim.Silo.Commands;

namespace WijkSim.Silo.Cluster;

/// <summary><c>--cluster CONNECTION</c> and <c>--cluster-id ID</c>, declared once for every command
/// that can join or use a cluster (silo, sweep, sensitivity, serve).</summary>
public sealed class ClusterCliOptions(bool required)
{
    private readonly Option<string?> _cluster = new("--cluster")
    {
        Description = required
            ? "the cluster's PostgreSQL connection string, e.g. \"Host=127.0.0.1;Username=wijksim;Password=…;Database=wijksim\""
            : "use a running cluster (its PostgreSQL connection string) instead of an embedded silo",
        Required = required,
    };
    private readonly Option<string> _clusterId = new("--cluster-id")
    {
        Description = "which cluster in that database (several may share one)",
        DefaultValueFactory = _ => ClusterChoice.DefaultClusterId,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_cluster);
        command.Options.Add(_clusterId);
    }

    /// <summary>The cluster chosen, or null for the embedded silo (no --cluster).</summary>
    public ClusterChoice? Read(ParseResult parse)
    {
        string? connection = parse.GetValue(_cluster);
        string id = parse.GetValue(_clusterId)!;
        if (connection is null)
        {
            if (parse.GetResult(_clusterId) is { Implicit: false }) throw new UsageError("--cluster-id", "only means something with --cluster");
            return null;
        }
        if (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new UsageError("--cluster-id", $"expected 1 to 100 letters, digits, '-', '_' or '.', found '{id}'");
        return new ClusterChoice(ClusterDatabase.Parse("--cluster", connection), id);
    }
}
