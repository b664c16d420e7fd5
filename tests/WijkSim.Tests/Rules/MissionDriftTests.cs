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
}
