using WijkSim.Model.Config;
using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class LifecycleTests
{
    private static readonly LifecycleParameters P = new();

    private static Lifecycle.Inputs In(Phase phase, int active = 10, int members = 20, double f = 0, double cash = 100,
        bool crisis = false, bool mobilised = false, bool placeLost = false, int weeks = 0, double draw = 0.5, double factor = 1,
        bool setback = false, bool baseGone = false, bool durable = false) =>
        new(phase, weeks, active, members, f, cash, crisis, mobilised, placeLost, draw, factor, setback, baseGone, durable);

    [Fact]
    public void A_formal_organisation_whose_base_is_gone_declines_and_ends_with_money_still_in_hand()
    {
        // Jan Eef's board stopped when the contribution was too low as a base (002 l.2293-2296), not
        // when the last euro was spent: cash 100 here.
        double formal = P.EstablishedFormalisation;
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Established, f: formal, baseGone: true), P));
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Established, f: formal, baseGone: true, crisis: true, mobilised: true), P));
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Decline, f: formal, baseGone: true, active: 20, weeks: P.EndAfterWeeks - 1), P));
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Decline, f: formal, baseGone: true, active: 20, weeks: P.EndAfterWeeks), P));
        // Without the judgement the same organisation recovers with hands and money.
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Decline, f: formal, baseGone: false, active: 20, weeks: P.EndAfterWeeks), P));
        // An informal group has no board to decide: the base is no reason for it to stop.
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Growth, f: 0.1, baseGone: true), P));
    }

    [Fact]
    public void A_board_that_has_decided_to_stop_stops_when_its_cash_is_gone()
    {
        // Forty-second round (docs/model.md §6): Jan Eef's board decided to stop, and "Eind mei is het geld
        // op" (Het Parool, March 2017): the team stopped when the money ran out, not after a coded half year.
        double formal = P.EstablishedFormalisation;
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Decline, f: formal, baseGone: true, cash: 0, weeks: 3), P));
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Established, f: formal, baseGone: true, cash: -1), P));
        // With money in hand the decided decline runs on.
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Decline, f: formal, baseGone: true, cash: 1, weeks: 3), P));
        // No decision (the base judged sufficient, or a grant or the place awaiting a decision, which
        // StableBase.Gone reads as no decision): an organisation in debt carries on, as De Ketel did in 2018.
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Established, f: formal, baseGone: false, cash: -5000), P));
        // An informal group has no board to decide.
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Growth, f: 0.1, baseGone: true, cash: -1), P));
        // A mobilised crisis keeps the board from deciding, as before the round: it carries on in debt.
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Established, f: formal, baseGone: true, crisis: true, mobilised: true, cash: -1), P));
    }

    [Fact]
    public void A_growing_group_is_established_by_formalising_or_by_a_durable_position_and_only_formalising_makes_it_formal()
    {
        double informal = P.EstablishedFormalisation - 0.1;
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Growth, f: informal), P));
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Growth, f: informal, durable: true), P));      // its lease renewed
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Growth, f: P.EstablishedFormalisation), P));
        Assert.Equal(Phase.Pioneer, Lifecycle.Next(In(Phase.Pioneer, members: 5, f: informal, durable: true), P)); // a pioneer grows first
        // Established by its position, it is still informal: no board stops it when the base is gone.
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Established, f: informal, durable: true, baseGone: true), P));
    }

    [Fact]
    public void A_setback_from_outside_can_make_a_pioneer_fall_back_but_not_a_growing_group()
    {
        double unlucky = P.FallBackChance / 2; // a draw below the weekly fall-back chance
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Pioneer, members: 5, draw: unlucky, setback: true), P));
        Assert.Equal(Phase.Pioneer, Lifecycle.Next(In(Phase.Pioneer, members: 5, draw: unlucky, setback: false), P));
        Assert.Equal(Phase.Pioneer, Lifecycle.Next(In(Phase.Pioneer, members: 5, draw: P.FallBackChance * 2, setback: true), P));
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Growth, draw: unlucky, setback: true), P));
    }

    [Fact]
    public void An_idea_needs_a_quorum_of_four_to_become_a_pioneer()
    {
        Assert.Equal(Phase.Idea, Lifecycle.Next(In(Phase.Idea, active: 3), P));
        Assert.Equal(Phase.Pioneer, Lifecycle.Next(In(Phase.Idea, active: 4), P));
    }

    [Fact]
    public void Growth_needs_members_and_establishment_needs_formalisation()
    {
        Assert.Equal(Phase.Pioneer, Lifecycle.Next(In(Phase.Pioneer, members: P.GrowthMembers - 1), P));
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Pioneer, members: P.GrowthMembers), P));
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Growth, f: 0.1), P));
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Growth, f: P.EstablishedFormalisation), P));
    }

    [Fact]
    public void A_crisis_leads_to_decline_unless_it_mobilises()
    {
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Growth, crisis: true), P));
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Growth, crisis: true, mobilised: true), P));
    }

    [Fact]
    public void Falling_back_below_the_quorum_is_less_likely_with_formalisation()
    {
        double draw = P.FallBackChance * 0.7;
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Pioneer, active: 2, draw: draw, factor: 1.0), P));
        Assert.Equal(Phase.Established, Lifecycle.Next(In(Phase.Established, active: 2, f: 0.8, draw: draw, factor: 0.5), P));
    }

    [Fact]
    public void Decline_ends_after_a_while_without_hands_or_money_and_recovers_with_them()
    {
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Decline, active: 1, weeks: P.EndAfterWeeks - 1), P));
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Decline, active: 1, weeks: P.EndAfterWeeks), P));
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Decline, active: 8, cash: -1, weeks: P.EndAfterWeeks), P));
        Assert.Equal(Phase.Growth, Lifecycle.Next(In(Phase.Decline, active: P.RecoveryActive), P));
    }

    [Fact]
    public void A_formal_organisation_in_decline_ends_when_the_money_runs_out_not_for_lack_of_hands()
    {
        Assert.Equal(Phase.Decline, Lifecycle.Next(In(Phase.Decline, active: 1, f: 0.7, cash: 500, weeks: P.EndAfterWeeks + 10), P));
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Decline, active: 1, f: 0.7, cash: -1, weeks: P.EndAfterWeeks), P));
    }

    [Fact]
    public void Paid_staff_count_as_hands_in_a_formal_organisation()
    {
        Assert.Equal(2, Lifecycle.Hands(2, 0.0, P));
        Assert.Equal(2 + (int)Math.Round(P.StaffHands * 0.6), Lifecycle.Hands(2, 0.6, P));
        Assert.True(Lifecycle.Hands(2, 1.0, P) >= P.Quorum);
    }

    [Fact]
    public void Losing_an_essential_place_ends_the_initiative_and_ended_is_final()
    {
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Established, placeLost: true), P));
        Assert.Equal(Phase.Ended, Lifecycle.Next(In(Phase.Ended, active: 100, members: 500), P));
    }
}
