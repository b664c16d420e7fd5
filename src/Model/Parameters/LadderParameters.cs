using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/EntrepreneurLadder.cs (mechanisms 10 and 11; 000 l.486-533, 671-701, 1004-1016).</summary>
public sealed record LadderParameters
{
    [Description("weekly chance that an active resident with an entrepreneurial wish starts to aspire (informal learning in the initiative, 000)")]
    [Range(0.0, 1.0)] public double AspireChance { get; init; } = 0.02;
    [Description("weekly chance that an aspiring resident starts her own business when her benefit is safe")]
    [Range(0.0, 1.0)] public double StartChance { get; init; } = 0.01;
    [Description("factor on that chance when starting a business risks the benefit (fear of losing it, 000 l.1004-1016; BOOST: one refugee lives from his own business, l.1363-1368)")]
    [Range(0.0, 1.0)] public double BenefitFear { get; init; } = 0.05;
    [Description("weekly chance that a resident-entrepreneur who is a core member becomes a social entrepreneur")]
    [Range(0.0, 1.0)] public double SocialChance { get; init; } = 0.005;
}
