using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/MissionDrift.cs (mechanism 9; De Ketel).</summary>
public sealed record MissionDriftParameters
{
    [Description("share of the gap to the pulled share of income closed each week while drift rises")]
    [Range(0.0, 1.0)] public double Rate { get; init; } = 0.015;
    /// <summary>0 since the eleventh round (docs/model.md §3.5): no seed tells of a return, so the simplest rule is
    /// none. The key stays so that a return can be tried as a what-if (at 0.003, the earlier ASSUMPTION, the
    /// Voedseltuin's lasting drift hung on the transformation subsidy's unsourced amount).</summary>
    [Description("share of the gap closed each week while drift falls back; 0: a changed place does not change back (no seed tells of a return)")]
    [Range(0.0, 1.0)] public double Recovery { get; init; } = 0.0;
}
