using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>Which residents an initiative can recruit and who enjoys its collective good.</summary>
/// <remarks>Residents sit on the ring of the small-world network, which doubles as geography:
/// the reach is the arc of <see cref="Share"/> of the ring centred on <see cref="Centre"/>,
/// so an initiative's reach is nearby residents (accessibility, 001 l.58-66).</remarks>
public sealed record ReachConfig
{
    [Description("position of the initiative on the neighbourhood ring, 0..1")]
    [Range(0.0, 1.0)]
    public double Centre { get; init; } = 0.5;

    [Description("share of the residents within reach, 0..1")]
    [Range(0.0, 1.0)]
    public double Share { get; init; } = 0.5;
}
