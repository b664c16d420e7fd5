using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A business investment zone (BIZ): a compulsory levy on the entrepreneurs in reach, after a vote (002 l.2256-2259).</summary>
public sealed record BizConfig
{
    [Description("levy per year a biz_vote event proposes when it gives no value, in euros; each shopkeeper in reach pays the levy of the vote that put the running BIZ in place")]
    [Range(0.0, 1e6)]
    public double LevyPerYear { get; init; } = 400;

    [Description("years a BIZ runs after a successful vote before it must be renewed")]
    [Range(1, 20)]
    public int TermYears { get; init; } = 5;

    [Description("share of voting shopkeepers that must vote yes")]
    [Range(0.0, 1.0)]
    public double RequiredYesShare { get; init; } = 0.5;
}
