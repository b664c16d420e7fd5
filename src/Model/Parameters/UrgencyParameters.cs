using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/Urgency.cs (mechanism 5).</summary>
public sealed record UrgencyParameters
{
    [Description("urgency the neighbourhood relaxes to without shocks or success")]
    [Range(0.0, 1.0)] public double Baseline { get; init; } = 0.2;
    [Description("share of the gap to the baseline closed each week")]
    [Range(0.0, 1.0)] public double Decay { get; init; } = 0.01;
    [Description("urgency lost per week at full visible success (Jan Eef: success removes urgency, 002 l.2284-2286)")]
    [Range(0.0, 1.0)] public double SuccessDamping { get; init; } = 0.002;
    [Description("urgency gained in a week of mobilisation after a crisis (De Ketel)")]
    [Range(0.0, 1.0)] public double MobilisationJump { get; init; } = 0.3;
}
