using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/MissionDrift.cs (mechanism 9; De Ketel).</summary>
public sealed record MissionDriftParameters
{
    [Description("share of the gap to the pulled share of income closed each week while drift rises")]
    [Range(0.0, 1.0)] public double Rate { get; init; } = 0.015;
    [Description("share of the gap closed each week while drift falls back (slower: a changed place does not change back)")]
    [Range(0.0, 1.0)] public double Recovery { get; init; } = 0.003;
}
