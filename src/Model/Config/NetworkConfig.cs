using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>The residents' social network: a Watts-Strogatz small world.</summary>
public sealed record NetworkConfig
{
    [Description("ties per resident in the ring lattice before rewiring (even number)")]
    [Range(2, 100)]
    [Even("ties on each side of the ring")]
    public int Degree { get; init; } = 8;

    [Description("probability that a lattice tie is rewired to a random resident")]
    [Range(0.0, 1.0)]
    public double Rewiring { get; init; } = 0.1;
}
