using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/Money.cs (mechanism 7).</summary>
public sealed record MoneyParameters
{
    [Description("weeks of negative cash before the initiative is in crisis")]
    [Range(1, 520)] public int CrisisWeeks { get; init; } = 8;
    [Description("share of residents in reach who support it (passive or active) needed for a crisis to mobilise rather than decline; ASSUMPTION: no seed line gives a share")]
    [Range(0.0, 1.0)] public double MobilisationSupport { get; init; } = 0.25;
    [Description("core members (those who run it) whose networks make a crisis mobilise even without broad support, when the crisis puts its municipal building at stake (002 l.1964-1974); ASSUMPTION: the lifecycle quorum")]
    [Range(1, 10000)] public int MobilisationCore { get; init; } = 4;
    [Description("weeks a mobilisation can hold off decline while cash stays negative")]
    [Range(1, 520)] public int MobilisationWeeks { get; init; } = 52;
    [Description("reserve an initiative keeps, in years of its fixed costs; cash above it is spent on activities")]
    [Range(0.0, 10.0)] public double ReserveYears { get; init; } = 0.5;
    [Description("share of the cash above the reserve spent each week (initiatives do not hoard: what comes in goes into activities)")]
    [Range(0.0, 1.0)] public double SpendRate { get; init; } = 0.02;
    [Description("volunteer hours per activity delivered (output)")]
    [Range(0.01, 1000.0)] public double HoursPerActivity { get; init; } = 4;
    [Description("activities per resident in reach per week at which residents enjoy half of the full good")]
    [Range(0.0001, 100.0)] public double GoodHalfSaturation { get; init; } = 0.02;
    [Description("weekly weight of the moving average of the good that makes up legitimacy (proven local added value)")]
    [Range(0.001, 1.0)] public double LegitimacyRate { get; init; } = 0.02;
    [Description("weekly weight of the moving average of income used for income diversity (1/52 = a year)")]
    [Range(0.001, 1.0)] public double IncomeSmoothing { get; init; } = 0.02;
}
