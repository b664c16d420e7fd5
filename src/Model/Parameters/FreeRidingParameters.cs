using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/FreeRiding.cs (mechanism 3; 003 l.310-380).</summary>
public sealed record FreeRidingParameters
{
    [Description("size of the working team (active volunteers and core) up to which social control is complete (003 l.355-372: about 50)")]
    [Range(1, 100000)] public int GroupSizeThreshold { get; init; } = 50;
    [Description("how fast social control falls past the threshold: control = (threshold / size)^elasticity")]
    [Range(0.0, 5.0)] public double Elasticity { get; init; } = 0.5;
    [Description("how much full visible contribution raises the threshold (1 = doubles it)")]
    [Range(0.0, 10.0)] public double VisibilityBonus { get; init; } = 1.0;
    [Description("how strongly lost social control cuts the hours volunteers give: hours x control^this")]
    [Range(0.0, 5.0)] public double EffortElasticity { get; init; } = 0.5;
}
