using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>The municipality: its agreements with initiatives and its political calendar.</summary>
public sealed record MunicipalityConfig
{
    [Description("a trusted intermediary (boundary spanner) works between municipality and initiatives (001 l.84-95)")]
    public bool Intermediary { get; init; }

    [Description("residents on benefits keep their benefit while they start a business (a benefit-safety guarantee, 000 l.1004-1016; 001 l.64)")]
    public bool BenefitSafety { get; init; }

    [Description("dates of municipal elections within the horizon")]
    public List<DateOnly> Elections { get; init; } = [];

    [Description("probability that a new alderman drops each earlier commitment")]
    [Range(0.0, 1.0)]
    public double AldermanDropProbability { get; init; } = 0.3;

    [Description("weeks after an election in which no decisions are taken (settling in)")]
    [Range(0, 104)]
    public int SettlingInWeeks { get; init; } = 16;

    [Description("agreements with initiatives")]
    public List<AgreementConfig> Agreements { get; init; } = [];
}
