using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class MissionDriftTests
{
    private static readonly MissionDriftParameters P = new();

    [Fact]
    public void Money_tied_to_another_agenda_raises_drift_and_free_money_does_not_undo_it()
    {
        Assert.True(MissionDrift.Next(0.3, 1.0, P) > 0.3);
        Assert.Equal(0.3, MissionDrift.Next(0.3, 0.0, P));   // no seed tells of a return (§3.5, eleventh round)
        Assert.True(MissionDrift.Next(0.3, 0.8, P) > MissionDrift.Next(0.3, 0.2, P));
        Assert.Equal(0, MissionDrift.Next(0, 0, P));
        Assert.Equal(1, MissionDrift.Next(1, 1, P));
    }

    [Fact]
    public void Drift_settles_at_the_pulled_share_and_stays_when_the_pull_ends()
    {
        double up = 0, after = 0;
        for (int week = 0; week < 52; week++) up = MissionDrift.Next(up, 0.4, P);
        Assert.InRange(up, 0.05, 0.4);           // approaches the pull from below, never past it
        after = up;
        for (int week = 0; week < 520; week++) after = MissionDrift.Next(after, 0.0, P);
        Assert.Equal(up, after);                 // ten years without strings: the changed place stays changed
        double settled = 0;
        for (int week = 0; week < 2000; week++) settled = MissionDrift.Next(settled, 0.1, P);
        Assert.Equal(0.1, settled, 3);           // a small pull gives a small drift, not a slide to 1
    }

    [Fact]
    public void A_return_can_still_be_tried_as_a_what_if()
    {
        var slowReturn = P with { Recovery = 0.003 };
        double down = 0.4;
        for (int week = 0; week < 52; week++) down = MissionDrift.Next(down, 0.0, slowReturn);
        Assert.InRange(down, 0.3, 0.39);         // a year at 0.003 a week gives back about 15% of the gap
    }
}
