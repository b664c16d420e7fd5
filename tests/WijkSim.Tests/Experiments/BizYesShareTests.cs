using WijkSim.Experiments.Results;
using WijkSim.Model.Config;
using WijkSim.Model.Output;

namespace WijkSim.Tests.Experiments;

/// <summary>The derived measure `biz_yes_share` that Jan Eef's calibration fits to the renewal's reported
/// yes share (forty-seventh round, docs/model.md §6).</summary>
public class BizYesShareTests
{
    private static double Share(int votes, int yes, Phase phase) =>
        WeeklyColumns.Numeric["biz_yes_share"](new WeeklyRecord { BizVotes = votes, BizYes = yes, Phase = phase });

    [Fact]
    public void It_is_the_yes_votes_over_every_shopkeeper_liable()
    {
        Assert.Equal(21.0 / 60.0, Share(60, 21, Phase.Established), 12);
        Assert.Equal(0.0, Share(59, 0, Phase.Decline));
    }

    [Fact]
    public void It_is_not_a_number_before_any_vote_or_after_the_end()
    {
        // After the end the counts freeze: an association that ended before its renewal would report its
        // first vote's share (about 0.8) as the renewal's and pull the calibration's mean up.
        Assert.True(double.IsNaN(Share(0, 0, Phase.Established)));
        Assert.True(double.IsNaN(Share(59, 48, Phase.Ended)));
    }
}
