using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class MissionDriftTests
{
    private static readonly MissionDriftParameters P = new();

    [Fact]
    public void Money_tied_to_another_agenda_raises_drift_and_free_money_lets_it_recover()
    {
        Assert.True(MissionDrift.Next(0.3, 1.0, P) > 0.3);
        Assert.True(MissionDrift.Next(0.3, 0.0, P) < 0.3);
        Assert.True(MissionDrift.Next(0.3, 0.8, P) > MissionDrift.Next(0.3, 0.2, P));
        Assert.Equal(0, MissionDrift.Next(0, 0, P));
        Assert.Equal(1, MissionDrift.Next(1, 1, P));
    }

    [Fact]
    public void Drift_settles_at_the_pulled_share_and_goes_back_slower_than_it_came()
    {
        double up = 0, down = 0.4;
        for (int week = 0; week < 52; week++)
        {
            up = MissionDrift.Next(up, 0.4, P);
            down = MissionDrift.Next(down, 0.0, P);
        }
        Assert.InRange(up, 0.0, 0.4);            // approaches the pull from below, never past it
        Assert.True(0.4 - down < up);            // a year back covers less than a year forth
        double settled = 0.2;
        for (int week = 0; week < 2000; week++) settled = MissionDrift.Next(settled, 0.1, P);
        Assert.Equal(0.1, settled, 3);           // a small pull gives a small drift, not a slide to 0 or 1
    }
}
