using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

public class CoOwnershipTests
{
    private static readonly ParticipationParameters P = new();

    // Just below the bar a supporter needs to stay (θp − h = −0.6 at the defaults).
    private static readonly double Slipping = P.PassiveThreshold - P.ExitHysteresis - 0.1;

    // The pull in the week of a design of strength 0.8: its campaign term, 0.3 × 0.8 = 0.24.
    private static readonly double Fresh = CoOwnership.Pull(0.8, 0, P);

    [Fact]
    public void A_co_owner_who_would_drop_out_stays_a_supporter_while_the_designs_pull_clears_the_bar()
    {
        Assert.Equal(P.EventWeight * 0.8, Fresh, 12);
        Assert.True(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping, Fresh, P));
        Assert.True(CoOwnership.KeepsSupport(Role.Active, Role.Aware, coOwner: true, Slipping, Fresh, P));
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping - 0.2, Fresh, P)); // 0.3 below is too far
    }

    [Fact]
    public void It_holds_only_co_owners_who_were_members_and_only_as_supporters()
    {
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: false, Slipping, Fresh, P));
        Assert.False(CoOwnership.KeepsSupport(Role.Aware, Role.Aware, coOwner: true, Slipping, Fresh, P)); // a tie to keep, not to make
        Assert.False(CoOwnership.KeepsSupport(Role.Active, Role.Passive, coOwner: true, Slipping, Fresh, P)); // she may stop working
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping, pull: 0, P));
    }

    [Fact]
    public void Without_upkeep_the_tie_halves_every_half_life_and_never_grows()
    {
        int h = P.OwnershipHalfLifeWeeks;
        Assert.Equal(Fresh / 2, CoOwnership.Pull(0.8, h, P), 12);
        Assert.Equal(Fresh / 4, CoOwnership.Pull(0.8, 2 * h, P), 12);
        double previous = double.MaxValue;
        for (int weeks = 0; weeks < 5 * h; weeks += 7)
        {
            double pull = CoOwnership.Pull(0.8, weeks, P);
            Assert.True(pull <= previous && pull > 0);
            previous = pull;
        }
        // Two half-lives on, the same slipping co-owner is no longer held.
        Assert.False(CoOwnership.KeepsSupport(Role.Passive, Role.Aware, coOwner: true, Slipping, CoOwnership.Pull(0.8, 2 * h, P), P));
    }
}
