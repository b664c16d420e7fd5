using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class DraagvlakTests
{
    private static readonly DraagvlakParameters P = new();

    [Fact]
    public void Passive_support_fades_faster_the_longer_progress_lags()
    {
        double previous = -1;
        for (int lag = 0; lag < 300; lag++)
        {
            double chance = Draagvlak.FadeChance(lag, 0, P);
            Assert.True(chance >= previous);
            Assert.InRange(chance, 0, P.MaxFade);
            previous = chance;
        }
        Assert.True(Draagvlak.FadeChance(100, 0, P) > Draagvlak.FadeChance(0, 0, P));
    }

    [Fact]
    public void Recognition_slows_fading()
    {
        Assert.True(Draagvlak.FadeChance(60, 1.0, P) < Draagvlak.FadeChance(60, 0, P));
        Assert.True(Draagvlak.FadeChance(60, 1.0, P) > 0);
    }

    [Fact]
    public void Awareness_spreads_through_ties_and_events()
    {
        double alone = Draagvlak.AwarenessChance(0, 0, P);
        Assert.True(Draagvlak.AwarenessChance(0.5, 0, P) > alone);
        Assert.True(Draagvlak.AwarenessChance(0, 1, P) > alone);
        Assert.InRange(Draagvlak.AwarenessChance(1, 1, P with { AwarenessSpread = 1, AwarenessEvent = 1 }), 0, 1);
    }

    [Fact]
    public void Progress_is_visible_only_with_enough_output_for_the_members()
    {
        Assert.True(Draagvlak.VisibleProgress(10, 100, P));    // 0.1 per member
        Assert.False(Draagvlak.VisibleProgress(9.9, 100, P));  // support has outgrown the work
        Assert.True(Draagvlak.VisibleProgress(0.5, 4, P));     // a small group doing a little is progress
        Assert.False(Draagvlak.VisibleProgress(0, 0, P));      // nothing done is never progress
    }

    [Fact]
    public void New_support_waits_for_progress_once_the_grace_period_is_over()
    {
        Assert.True(Draagvlak.WelcomesNewSupport(P.ProgressGraceWeeks, P));
        Assert.False(Draagvlak.WelcomesNewSupport(P.ProgressGraceWeeks + 1, P));
    }
}

public class DisappointmentTests
{
    [Fact]
    public void A_supporter_who_fades_loses_trust_but_never_below_zero()
    {
        var p = new WijkSim.Model.Parameters.DraagvlakParameters();
        Assert.Equal(0.6 - p.FadeTrustLoss, Draagvlak.AfterFading(0.6, p), 12);
        Assert.Equal(0, Draagvlak.AfterFading(0.05, p));
    }
}
