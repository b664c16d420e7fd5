using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>A business investment zone (BIZ): a compulsory levy on the entrepreneurs in reach, after a vote (002 l.2256-2259).</summary>
public sealed record BizConfig
{
    [Description("levy per year a biz_vote event proposes when it gives no value, in euros; each shopkeeper in reach pays the levy of the vote that put the running BIZ in place")]
    [Range(0.0, 1e6)]
    public double LevyPerYear { get; init; } = 400;

    // The Wet op de bedrijveninvesteringszones allows a BIZ at most five years; then the support procedure is
    // run again (docs/model.md §3.5, thirty-sixth round). Six years is not a BIZ, so it is refused, and
    // robustness lists a move beyond five as outside the key's range rather than running it.
    [Description("years a BIZ runs after a successful vote before it must be renewed: at most five by the Wet op de bedrijveninvesteringszones")]
    [Range(1, 5)]
    public int TermYears { get; init; } = 5;

    // The law asks at least half of those liable to turn out and two thirds of the votes cast in favour
    // (docs/model.md §3.5, thirty-sixth round). Every shopkeeper in reach votes here and an abstainer is not
    // a yes, so the share of all shopkeepers the law needs lies between one third (half turn out) and two
    // thirds (all do): 0.5 is the middle of that span, an ASSUMPTION in each scenario, which robustness moves.
    [Description("share of the shopkeepers in reach who must vote yes; every shopkeeper votes, so this stands for the law's two thirds of the votes cast at a turnout of at least half (a share of all between 1/3 and 2/3)")]
    [Range(0.0, 1.0)]
    public double RequiredYesShare { get; init; } = 0.5;
}
