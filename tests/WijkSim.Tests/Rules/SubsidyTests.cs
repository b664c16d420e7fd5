using WijkSim.Model.Config;
using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class SubsidyTests
{
    private static readonly SubsidyParameters P = new();

    [Fact]
    public void Tapering_lowers_the_amount_every_year_and_fixed_does_not()
    {
        double previous = double.MaxValue;
        for (int year = 0; year < 10; year++)
        {
            double taper = SubsidyRhythm.AmountPerYear(SubsidySchedule.Tapering, 30000, 0.2, year, Phase.Established, false, P);
            Assert.True(taper < previous);
            previous = taper;
            Assert.Equal(30000, SubsidyRhythm.AmountPerYear(SubsidySchedule.Fixed, 30000, 0.2, year, Phase.Established, false, P));
        }
        Assert.Equal(30000 * 0.8 * 0.8, SubsidyRhythm.AmountPerYear(SubsidySchedule.Tapering, 30000, 0.2, 2, Phase.Growth, false, P), 6);
    }

    [Fact]
    public void A_lifecycle_schedule_pays_more_in_a_crisis_than_when_established()
    {
        double established = SubsidyRhythm.AmountPerYear(SubsidySchedule.Lifecycle, 10000, 0, 0, Phase.Established, false, P);
        double crisis = SubsidyRhythm.AmountPerYear(SubsidySchedule.Lifecycle, 10000, 0, 0, Phase.Established, true, P);
        double decline = SubsidyRhythm.AmountPerYear(SubsidySchedule.Lifecycle, 10000, 0, 0, Phase.Decline, false, P);
        Assert.True(crisis > established);
        Assert.True(decline > established);
        Assert.Equal(0, SubsidyRhythm.AmountPerYear(SubsidySchedule.None, 10000, 0, 0, Phase.Growth, false, P));
    }

    [Fact]
    public void Only_a_partner_following_the_lifecycle_bridges_a_decision_gap()
    {
        Assert.True(SubsidyRhythm.BridgesDecisionGap(Stance.Partner, SubsidySchedule.Lifecycle));
        Assert.False(SubsidyRhythm.BridgesDecisionGap(Stance.Provider, SubsidySchedule.Lifecycle));
        Assert.False(SubsidyRhythm.BridgesDecisionGap(Stance.Partner, SubsidySchedule.Tapering));
    }

    [Fact]
    public void A_provider_renews_a_business_case_on_its_merit_and_an_agenda_raises_the_value()
    {
        Assert.Equal(0, Renewal.Chance(Stance.Provider, SubsidySchedule.Fixed, 0.1, 0.5, 0.3, P));
        Assert.Equal(1, Renewal.Chance(Stance.Provider, SubsidySchedule.Fixed, 0.6, 0.5, 0.3, P));           // a case that meets the threshold: no coin
        Assert.Equal(P.ProviderRenewal, Renewal.Chance(Stance.Provider, SubsidySchedule.Fixed, 0.6, 0.5, 0.0, P)); // an ordinary grant: the coin
        Assert.Equal(P.PartnerRenewal, Renewal.Chance(Stance.Partner, SubsidySchedule.Fixed, 0.0, 0.5, 0.3, P));
        Assert.Equal(1, Renewal.Chance(Stance.Partner, SubsidySchedule.Fixed, 0.6, 0.5, 0.3, P));            // a partner is never worse than a provider
        Assert.Equal(1, Renewal.Chance(Stance.Provider, SubsidySchedule.Fixed, 0.3, 1.0, 0.35, P));          // the agenda lifts 0.3 over 0.35
        Assert.Equal(0, Renewal.Chance(Stance.Provider, SubsidySchedule.Fixed, 0.3, 0.0, 0.35, P));
    }

    [Fact]
    public void A_tapering_grant_is_lowered_each_year_not_refused_by_a_coin()
    {
        // "Jaarlijks werd het bedrag verlaagd" (002 l.2369-2371): the lowering is the yearly decision.
        Assert.Equal(1, Renewal.Chance(Stance.Provider, SubsidySchedule.Tapering, 0.0, 0.5, 0.0, P));
        Assert.Equal(1, Renewal.Chance(Stance.Partner, SubsidySchedule.Tapering, 0.0, 0.5, 0.0, P));
        // A business case is still decided on its value, whatever the schedule.
        Assert.Equal(0, Renewal.Chance(Stance.Provider, SubsidySchedule.Tapering, 0.1, 0.5, 0.3, P));
    }

    [Fact]
    public void A_renewal_on_a_business_case_covers_the_deficit_and_nothing_without_one()
    {
        Assert.Equal(12000, Renewal.UnprofitableTop(0.3, true, -12000), 9);
        Assert.Equal(0, Renewal.UnprofitableTop(0.3, true, 500), 9);      // no deficit, no top
        Assert.Equal(0, Renewal.UnprofitableTop(0.0, true, -12000), 9);   // no business case asked, no top
        Assert.Equal(0, Renewal.UnprofitableTop(0.3, false, -12000), 9);  // no building, no top of one
    }

    [Fact]
    public void Formal_reports_make_the_same_legitimacy_count_for_more()
    {
        Assert.True(Renewal.Proof(0.5, 1.0, P) > Renewal.Proof(0.5, 0.0, P));
    }

    [Fact]
    public void A_lease_is_renewed_by_a_partner_and_by_a_provider_only_with_proof()
    {
        Assert.True(Renewal.LeaseRenewed(Stance.Partner, 0, 0, P));
        Assert.False(Renewal.LeaseRenewed(Stance.Provider, 0.05, 0.5, P));
        Assert.True(Renewal.LeaseRenewed(Stance.Provider, 0.9, 0.5, P));
    }
}

public class PlaceDecayTests
{
    [Fact]
    public void An_undecided_place_decays_up_to_ruin_and_recovers_once_decided()
    {
        var p = new WijkSim.Model.Parameters.SubsidyParameters();
        double decay = 0;
        for (int week = 0; week < 20; week++) decay = Renewal.Decay(decay, true, p);
        Assert.Equal(20 * p.UndecidedDecay, decay, 9);
        Assert.Equal(1.0, Renewal.Decay(0.999, true, p));
        Assert.True(Renewal.Decay(decay, false, p) < decay);
        Assert.Equal(0, Renewal.Decay(0.01, false, p));
    }
}
