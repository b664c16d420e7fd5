namespace WijkSim.Silo.Cluster;

/// <summary>Which cluster a command joins or talks to: the shared database and the cluster's id (several
/// clusters may share one database, each under its own id).</summary>
public sealed record ClusterChoice(ClusterDatabase Database, string ClusterId)
{
    /// <summary>Orleans' ServiceId: the same for every WijkSim cluster, so grain state outlives a
    /// cluster's restart (state rows are keyed by service, not by cluster).</summary>
    public const string ServiceId = "wijksim";

    public const string DefaultClusterId = "wijksim";
}
