using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A trait distribution: a normal draw clipped to [min, max].</summary>
/// <remarks>Clipping (not resampling) keeps one draw per trait, so the stream stays order free.</remarks>
public sealed record Distribution
{
    [Description("mean of the trait before clipping")]
    [Range(-1e6, 1e6)]
    public double Mean { get; init; }

    [Description("standard deviation of the trait before clipping (0 gives everyone the mean)")]
    [Range(0.0, 1e6)]
    public double Sd { get; init; }

    [Description("lowest value a resident can have")]
    [Range(-1e6, 1e6)]
    public double Min { get; init; }

    [Description("highest value a resident can have")]
    [Range(-1e6, 1e6)]
    public double Max { get; init; } = 1.0;

    /// <summary>Maps a standard normal draw onto this distribution.</summary>
    public double FromNormal(double z) => Math.Clamp(Mean + Sd * z, Min, Max);
}
