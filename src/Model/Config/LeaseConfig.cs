using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A lease of a building or land from the municipality (De Ketel, Voedseltuin).</summary>
public sealed record LeaseConfig
{
    [Description("rent per year, in euros (0 = free lease, Voedseltuin, 002 l.3584-3592)")]
    [Range(0.0, 1e9)]
    public double RentPerYear { get; init; }

    [Description("years the lease runs from the start date before a renewal decision")]
    [Range(1, 50)]
    public int TermYears { get; init; } = 5;

    [Description("true if the initiative ends when the lease is not renewed")]
    public bool Essential { get; init; } = true;
}
