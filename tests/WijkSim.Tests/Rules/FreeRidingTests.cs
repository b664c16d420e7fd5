using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class FreeRidingTests
{
    private static readonly FreeRidingParameters P = new();

    [Fact]
    public void Social_control_is_complete_up_to_fifty_and_falls_beyond()
    {
        Assert.Equal(1.0, FreeRiding.SocialControl(20, 0, P));
        Assert.Equal(1.0, FreeRiding.SocialControl(50, 0, P));
        Assert.True(FreeRiding.SocialControl(200, 0, P) < FreeRiding.SocialControl(51, 0, P));
        Assert.True(FreeRiding.SocialControl(200, 0, P) > 0);
    }

    [Fact]
    public void Social_control_never_rises_with_group_size()
    {
        double previous = 1.0;
        for (int size = 1; size <= 2000; size++)
        {
            double control = FreeRiding.SocialControl(size, 0, P);
            Assert.True(control <= previous);
            previous = control;
        }
    }

    [Fact]
    public void A_group_of_200_gives_less_effort_per_head_than_a_group_of_20()
    {
        Assert.True(FreeRiding.EffortFactor(FreeRiding.SocialControl(200, 0, P), P) < FreeRiding.EffortFactor(FreeRiding.SocialControl(20, 0, P), P));
    }

    [Fact]
    public void Splitting_into_groups_of_fifty_restores_social_control()
    {
        double split = FreeRiding.EffectiveGroupSize(200, 50);
        Assert.Equal(50, split);
        Assert.Equal(1.0, FreeRiding.SocialControl(split, 0, P));
        Assert.Equal(200, FreeRiding.EffectiveGroupSize(200, 0));
        Assert.Equal(30, FreeRiding.EffectiveGroupSize(30, 50));
        Assert.Equal(101.0 / 3, FreeRiding.EffectiveGroupSize(101, 50), 12);
    }

    [Fact]
    public void Visible_contribution_raises_social_control_in_a_large_group()
    {
        Assert.True(FreeRiding.SocialControl(150, 1.0, P) > FreeRiding.SocialControl(150, 0, P));
    }

    [Fact]
    public void Free_rider_share_is_the_share_of_enjoyers_who_do_not_contribute()
    {
        Assert.Equal(0.9, FreeRiding.Share(100, 10), 12);
        Assert.Equal(0.0, FreeRiding.Share(0, 0));
        Assert.Equal(0.0, FreeRiding.Share(10, 10));
    }
}
