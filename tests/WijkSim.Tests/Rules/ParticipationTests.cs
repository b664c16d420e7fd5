using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

public class ParticipationTests
{
    private static readonly ParticipationParameters P = new();

    private static Participation.Inputs Typical(double noise = 0.5) =>
        new(Motivation: 0.4, Trust: 0.5, Fun: 0.3, Urgency: 0.4, Autonomy: 0.8, Fatigue: 0.2, PeerActiveShare: 0.2,
            EventBoost: 0, SocialControl: 1, Noise01: noise);

    [Fact]
    public void Propensity_rises_with_each_motivating_input_and_falls_with_fatigue()
    {
        double basis = Participation.Propensity(Typical(), P);
        Assert.True(Participation.Propensity(Typical() with { Motivation = 0.9 }, P) > basis);
        Assert.True(Participation.Propensity(Typical() with { Trust = 0.9 }, P) > basis);
        Assert.True(Participation.Propensity(Typical() with { Fun = 0.9 }, P) > basis);
        Assert.True(Participation.Propensity(Typical() with { Urgency = 0.9 }, P) > basis);
        Assert.True(Participation.Propensity(Typical() with { Autonomy = 1.0 }, P) > basis);
        Assert.True(Participation.Propensity(Typical() with { EventBoost = 1.0 }, P) > basis);
        Assert.True(Participation.Propensity(Typical() with { Fatigue = 0.9 }, P) < basis);
        Assert.True(Participation.Propensity(Typical() with { SocialControl = 0.3 }, P) < basis);
    }

    [Fact]
    public void Conditional_cooperation_more_active_ties_never_lower_propensity()
    {
        foreach (var x in Sample.Uniforms(300, 2))
        {
            double low = x[0], high = x[0] + (1 - x[0]) * x[1];
            Assert.True(Participation.Propensity(Typical() with { PeerActiveShare = high }, P)
                >= Participation.Propensity(Typical() with { PeerActiveShare = low }, P));
        }
    }

    [Fact]
    public void Noise_is_bounded_by_its_half_width()
    {
        double spread = Participation.Propensity(Typical(1.0), P) - Participation.Propensity(Typical(0.0), P);
        Assert.Equal(2 * P.Noise, spread, 9);
    }

    [Theory]
    [InlineData(Role.Aware, 5.0, Role.Passive)] // one rung a week, however keen
    [InlineData(Role.Aware, 0.0, Role.Passive)]
    [InlineData(Role.Aware, -5.0, Role.Aware)]
    [InlineData(Role.Passive, 5.0, Role.Active)]
    [InlineData(Role.Active, 5.0, Role.Core)]
    [InlineData(Role.Core, -5.0, Role.Passive)]
    [InlineData(Role.Active, -5.0, Role.Aware)]
    public void Roles_follow_propensity(Role from, double propensity, Role expected)
    {
        Assert.Equal(expected, Participation.NextRole(from, propensity, 0, P));
    }

    [Fact]
    public void A_campaign_draws_volunteers_in_but_does_not_make_leaders()
    {
        double withEvent = P.CoreThreshold + 0.1, eventTerm = 0.3;
        Assert.Equal(Role.Core, Participation.NextRole(Role.Active, withEvent, 0, P));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, withEvent, 0, P, eventTerm));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Passive, P.ActiveThreshold + 0.1, 0, P, eventTerm));
    }

    [Fact]
    public void Hysteresis_keeps_a_volunteer_active_just_below_the_entry_threshold()
    {
        double justBelow = P.ActiveThreshold - P.ExitHysteresis / 2;
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, justBelow, 0, P));
        Assert.Equal(Role.Passive, Participation.NextRole(Role.Passive, justBelow, 0, P));
    }

    [Fact]
    public void An_entry_threshold_keeps_newcomers_out_but_not_members()
    {
        double enough = P.ActiveThreshold + 0.1;
        Assert.Equal(Role.Active, Participation.NextRole(Role.Passive, enough, 0, P));
        Assert.Equal(Role.Passive, Participation.NextRole(Role.Passive, enough, 1.0, P));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, enough, 1.0, P));
    }

    [Fact]
    public void Hours_are_zero_without_work_and_never_exceed_the_time_budget()
    {
        Assert.Equal(0, Participation.Hours(Role.Passive, 10, 1, P));
        Assert.Equal(0, Participation.Hours(Role.Aware, 10, 1, P));
        Assert.True(Participation.Hours(Role.Core, 10, 1, P) > Participation.Hours(Role.Active, 10, 1, P));
        Assert.InRange(Participation.Hours(Role.Core, 10, 1, P), 0, 10);
    }

    [Fact]
    public void Fun_falls_with_formalisation_through_autonomy_and_with_mission_drift()
    {
        double free = 0.3, steered = 0.3;
        for (int week = 0; week < 100; week++)
        {
            free = Fun.Next(free, 0.6, 0.3, 1.0, 0, P);
            steered = Fun.Next(steered, 0.6, 0.3, 0.2, 0.5, P);
        }
        Assert.True(free > steered);
        Assert.InRange(steered, 0, 1);
    }

    [Fact]
    public void Fatigue_builds_with_hours_and_recovers_without()
    {
        Assert.True(Fatigue.Next(0.2, 8, 8, P) > 0.2);
        Assert.True(Fatigue.Next(0.2, 0, 8, P) < 0.2);
        Assert.Equal(0, Fatigue.Next(0, 0, 8, P));
        Assert.Equal(1, Fatigue.Next(1, 80, 8, P));
    }
}

public class ParticipationFeeTests
{
    [Fact]
    public void A_participation_fee_lowers_propensity_and_more_fee_lowers_it_more()
    {
        var p = new WijkSim.Model.Parameters.ParticipationParameters();
        var x = new Participation.Inputs(0.4, 0.5, 0.3, 0.4, 0.8, 0.2, 0.2, 0, 1, 0.5);
        double free = Participation.Propensity(x, p);
        Assert.True(Participation.Propensity(x with { Fee = 1 }, p) < free);
        Assert.True(Participation.Propensity(x with { Fee = 3 }, p) < Participation.Propensity(x with { Fee = 1 }, p));
    }
}
