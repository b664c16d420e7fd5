using Orleans.Configuration;

namespace WijkSim.Silo.Cluster;

/// <summary>How fast a silo that stops answering is declared dead: after <see cref="MissedProbes"/>
/// missed probes of <see cref="ProbeTimeoutSeconds"/> each, voted by two other silos. The defaults
/// (2 × 2 s) are much faster than Orleans' own (3 × 5 s) so a workshop does not stall for half a minute;
/// on a slow or lossy network raise them with <c>silo --probe-timeout</c> and <c>--missed-probes</c>
/// (docs/cluster.md), or a busy silo is declared dead by mistake.</summary>
public sealed record FailureDetection(int ProbeTimeoutSeconds = 2, int MissedProbes = 2)
{
    public const int MaxProbeTimeoutSeconds = 120;
    public const int MaxMissedProbes = 10;

    public void Apply(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(ProbeTimeoutSeconds);
        o.NumMissedProbesLimit = MissedProbes;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(10);
        // Every silo writes "I am alive" into the table every 10 s (Orleans: 5 min), so a row silent for
        // longer than <see cref="SilentLongEnough"/> belongs to a silo that is gone: 'cluster forget-dead'.
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(IAmAliveSeconds);
    }

    public const int IAmAliveSeconds = 10;

    /// <summary>The least silence after which 'cluster forget-dead' may call a silo gone: three missed
    /// "I am alive" writes.</summary>
    public const int SilentLongEnough = 3 * IAmAliveSeconds;
}
