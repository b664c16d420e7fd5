using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class UrgencyTests
{
    private static readonly UrgencyParameters P = new();

    [Fact]
    public void A_shock_raises_urgency_and_it_stays_within_bounds()
    {
        Assert.True(Urgency.Next(0.2, 0.6, 0, P) > Urgency.Next(0.2, 0, 0, P));
        Assert.Equal(1.0, Urgency.Next(0.9, 0.6, 0, P));
    }

    [Fact]
    public void Visible_success_lowers_urgency()
    {
        Assert.True(Urgency.Next(0.8, 0, 1.0, P) < Urgency.Next(0.8, 0, 0, P));
    }

    [Fact]
    public void Without_shocks_urgency_relaxes_to_the_baseline()
    {
        double u = 0.9;
        for (int week = 0; week < 2000; week++) u = Urgency.Next(u, 0, 0, P);
        Assert.Equal(P.Baseline, u, 3);
    }
}
