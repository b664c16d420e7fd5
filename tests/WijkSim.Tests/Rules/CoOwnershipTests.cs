using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

public class CoOwnershipTests
{
    private static readonly ParticipationParameters P = new();

    // Just below the bar a supporter needs to stay (θp − h = −0.6 at the defaults).
    private static readonly double Slipping = P.PassiveThreshold - P.ExitHysteresis - 0.1;

    [Fact]
    public void A_co_owner_who_would_drop_out_stays_a_supporter_while_the_designs_pull_clears_the_bar()
    {
        Assert.True(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping, coDesignStrength: 0.8, P));
        Assert.True(CoOwnership.KeepsSupport(Role.Active, Role.Aware, coOwner: true, Slipping, coDesignStrength: 0.8, P));
        // The pull is the co-design's campaign term: 0.3 × 0.8 = 0.24, so 0.3 below the bar is too far.
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping - 0.2, coDesignStrength: 0.8, P));
    }

    [Fact]
    public void It_holds_only_co_owners_who_were_members_and_only_as_supporters()
    {
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: false, Slipping, 0.8, P));
        Assert.False(CoOwnership.KeepsSupport(Role.Aware, Role.Aware, coOwner: true, Slipping, 0.8, P)); // a tie to keep, not to make
        Assert.False(CoOwnership.KeepsSupport(Role.Active, Role.Passive, coOwner: true, Slipping, 0.8, P)); // she may stop working
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping, coDesignStrength: 0, P));
    }
}
