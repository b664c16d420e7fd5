using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A re-integration programme that places residents on benefits as volunteers and pays per placement.</summary>
public sealed record ReintegrationConfig
{
    [Description("residents on benefits in reach placed as volunteers while the programme runs")]
    [Range(0, 100000)]
    public int Placements { get; init; } = 6;

    [Description("payment to the initiative per placement per year, in euros")]
    [Range(0.0, 1e7)]
    public double PaymentPerPlacementYear { get; init; } = 3000;

    [Description("hours a week a placed volunteer works")]
    [Range(0.0, 40.0)]
    public double HoursPerWeek { get; init; } = 16;
}
