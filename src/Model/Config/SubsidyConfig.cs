using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>The municipality's subsidy for one initiative (mechanism 8).</summary>
public sealed record SubsidyConfig
{
    [Description("how the yearly amount is set")]
    public SubsidySchedule Schedule { get; init; } = SubsidySchedule.Fixed;

    [Description("subsidy per year at the start, in euros")]
    [Range(0.0, 1e9)]
    public double AmountPerYear { get; init; } = 10000;

    [Description("with schedule tapering: share the amount falls each year")]
    [Range(0.0, 1.0)]
    public double TaperPerYear { get; init; } = 0.15;

    [Description("years one grant runs before renewal (1 = annual renewal, 004 l.449)")]
    [Range(1, 20)]
    public int TermYears { get; init; } = 1;
}
