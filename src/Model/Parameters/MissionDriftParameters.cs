using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/MissionDrift.cs (mechanism 9; De Ketel).</summary>
public sealed record MissionDriftParameters
{
    [Description("drift gained per week when all income carries agenda conditions")]
    [Range(0.0, 1.0)] public double Rate { get; init; } = 0.015;
    [Description("drift lost per week when no income carries agenda conditions")]
    [Range(0.0, 1.0)] public double Recovery { get; init; } = 0.003;
}
