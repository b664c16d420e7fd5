using WijkSim.Model.Kernel;
using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Rules;

/// <summary>Rules/CoreEntry.cs (docs/model.md §6, fifty-ninth round): the peers' term may count for less in the
/// step into the core than in staying there.</summary>
public class CoreEntryTests
{
    private static readonly ParticipationParameters Whole = new();                              // the default, 1
    private static readonly ParticipationParameters Own = new() { CoreEntryPeerShare = 0.0 };   // the round's 0

    [Fact]
    public void The_discount_is_the_peers_term_not_counted()
    {
        Assert.Equal(0.0, CoreEntry.PeerDiscount(0.5, Whole));
        Assert.Equal(1.5 * 0.5, CoreEntry.PeerDiscount(0.5, Own), 12);
        Assert.Equal(0.5 * 1.5 * 0.25, CoreEntry.PeerDiscount(0.25, Own with { CoreEntryPeerShare = 0.5 }), 12);
        Assert.Equal(0.0, CoreEntry.PeerDiscount(0.0, Own));   // no ties at work, nothing to discount
    }

    [Fact]
    public void An_active_member_lifted_over_the_core_bar_by_her_peers_alone_stays_active()
    {
        // Propensity 1.5 with half her ties at work: 0.75 of it is the peers' (1.5 × 0.5). Over the core's bar
        // (1.3) with the whole term; 0.75 below it on her own lead.
        const double propensity = 1.5, peers = 0.5;
        Assert.Equal(Role.Core, Participation.NextRole(Role.Active, propensity, 0, Whole, corePeerDiscount: CoreEntry.PeerDiscount(peers, Whole)));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, propensity, 0, Own, corePeerDiscount: CoreEntry.PeerDiscount(peers, Own)));
        // Keen enough on her own: she steps up whatever the share.
        Assert.Equal(Role.Core, Participation.NextRole(Role.Active, 2.1, 0, Own, corePeerDiscount: CoreEntry.PeerDiscount(peers, Own)));
    }

    [Fact]
    public void Staying_in_the_core_and_the_other_rungs_count_the_whole_term()
    {
        const double peers = 0.5;
        double discount = CoreEntry.PeerDiscount(peers, Own);
        // A core member at 1.1 (over the stay bar 1.0) stays, though 1.1 − 0.75 is far below it.
        Assert.Equal(Role.Core, Participation.NextRole(Role.Core, 1.1, 0, Own, corePeerDiscount: discount));
        // A supporter at 0.7 takes on work, an active member at 0.35 keeps it: the discount is not theirs.
        Assert.Equal(Role.Active, Participation.NextRole(Role.Passive, 0.7, 0, Own, corePeerDiscount: discount));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, 0.35, 0, Own, corePeerDiscount: discount));
    }

    [Fact]
    public void The_kernel_passes_the_discount_de_ketels_core_is_smaller_without_the_peers_at_entry()
    {
        // Review r59: the unit tests above call NextRole directly; this one shows ResidentStep hands it the
        // discount. Over De Ketel's first three years (seeds 1-3) the core is smaller in total when the peers'
        // term does not count for stepping into it, and the default (1) is the model as it was.
        var config = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml")).Config;
        var own = config with { Rules = config.Rules with { Participation = config.Rules.Participation with { CoreEntryPeerShare = 0.0 } } };
        for (ulong seed = 1; seed <= 3; seed++)
        {
            long whole = KernelRun.Run(config, seed, weeks: 156).Records.Sum(r => (long)r.Core);
            long ownLead = KernelRun.Run(own, seed, weeks: 156).Records.Sum(r => (long)r.Core);
            Assert.True(ownLead < whole, $"seed {seed}: core-weeks {ownLead} on one's own lead, {whole} with the peers");
        }
    }
}
