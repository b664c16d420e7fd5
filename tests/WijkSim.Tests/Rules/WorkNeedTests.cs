using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Rules;

/// <summary>Rules/WorkNeed.cs: the prototype of "a group's size set by the work" (off by default).</summary>
public class WorkNeedTests
{
    private static readonly ParticipationParameters Off = new();
    private static readonly ParticipationParameters On = new() { WorkNeedWeight = 1.0 };

    [Fact]
    public void Off_by_default_so_the_calibrated_model_is_unchanged()
    {
        Assert.Equal(0.0, Off.WorkNeedWeight);
        foreach (int hands in new[] { 0, 5, 10, 500 })
            Assert.Equal(0.0, WorkNeed.Shift(hands, 10, Off));
    }

    [Fact]
    public void The_need_is_the_founders_times_the_trekker_ratio()
    {
        Assert.Equal(4 * 110.0 / 43.0, WorkNeed.Hands(4, Off), 12);
        Assert.Equal(1.0, WorkNeed.Hands(0, Off)); // never below one pair of hands
    }

    [Fact]
    public void Too_many_hands_raise_the_bar_too_few_lower_it_in_proportion()
    {
        Assert.Equal(0.0, WorkNeed.Shift(10, 10, On), 12);
        Assert.True(WorkNeed.Shift(15, 10, On) > 0);
        Assert.True(WorkNeed.Shift(5, 10, On) < 0);
        // Twice the need (in hands + 1) moves the bars up as far as half of it moves them down.
        Assert.Equal(Math.Log(2), WorkNeed.Shift(21, 10, On), 12);
        Assert.Equal(-Math.Log(2), WorkNeed.Shift(5, 11, On), 12);
        // It does not saturate: a larger overshoot is held back harder.
        Assert.True(WorkNeed.Shift(1000, 10, On) > WorkNeed.Shift(100, 10, On));
    }

    [Fact]
    public void The_group_remembers_its_hands_over_weeks_and_placements_do_not_count()
    {
        var p = On with { WorkNeedMemoryWeeks = 10 };
        Assert.Equal(11.0, WorkNeed.Remember(10, 20, p), 12); // a tenth of the way in one week
        double lately = 10;
        for (int week = 0; week < 200; week++) lately = WorkNeed.Remember(lately, 20, p);
        Assert.Equal(20.0, lately, 6);
        Assert.Equal(30, WorkNeed.Chosen(130, reintegrationRunning: true, placements: 100));
        Assert.Equal(130, WorkNeed.Chosen(130, reintegrationRunning: false, placements: 100));
        Assert.Equal(0, WorkNeed.Chosen(80, reintegrationRunning: true, placements: 100));
    }

    [Fact]
    public void A_raised_bar_keeps_a_willing_supporter_out_and_a_lowered_one_lets_her_in_but_nobody_is_sent_away()
    {
        double willing = On.ActiveThreshold + 0.1;
        Assert.Equal(Role.Active, Participation.NextRole(Role.Passive, willing, 0, On));
        Assert.Equal(Role.Passive, Participation.NextRole(Role.Passive, willing, 0, On, workShift: 0.2));
        double hesitant = On.ActiveThreshold - 0.1;
        Assert.Equal(Role.Passive, Participation.NextRole(Role.Passive, hesitant, 0, On));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Passive, hesitant, 0, On, workShift: -0.2));
        // Leaving is her own decision: a full group does not push out a volunteer who wants to stay.
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, willing, 0, On, workShift: 5));
    }

    /// <summary>The twenty-eighth round's form (docs/model.md §6): with the switch, the work sets the group's
    /// size only in an established initiative, so a pioneering group is left free (the twentieth session's
    /// trial held it down and flattened Jan Eef's ebb).</summary>
    [Fact]
    public void With_the_switch_the_work_sets_the_size_only_of_an_established_group()
    {
        var only = On with { WorkNeedEstablishedOnly = true };
        Assert.True(WorkNeed.Applies(Phase.Established, only));
        foreach (var phase in new[] { Phase.Idea, Phase.Pioneer, Phase.Growth, Phase.Decline })
        {
            Assert.False(WorkNeed.Applies(phase, only));
            Assert.True(WorkNeed.Applies(phase, On)); // without the switch: every phase
        }
        // In the kernel's week: a group with three times the hands its work needs gets no shift while it
        // grows, and the rule's shift once it is established.
        var config = Worlds.OneInitiative(founders: 4);
        var world = WorldBuilder.Build(config with { Rules = config.Rules with { Participation = config.Rules.Participation with
            { WorkNeedWeight = 1.0, WorkNeedEstablishedOnly = true } } }, 1);
        double need = WorkNeed.Hands(4, world.Rules.Participation);
        world.Initiatives[0].HandsLately = 3 * need;
        world.Initiatives[0].Phase = Phase.Growth;
        ResidentPhaseTerms.Prepare(world, 1);
        Assert.Equal(0.0, world.Initiatives[0].Terms.WorkShift);
        world.Initiatives[0].Phase = Phase.Established;
        ResidentPhaseTerms.Prepare(world, 1);
        Assert.Equal(Math.Log((3 * need + 1) / (need + 1)), world.Initiatives[0].Terms.WorkShift, 12);
    }

    /// <summary>The point of the rule: a move of the participation bias inside its calibrated interval
    /// (−3.46 … −3.16, docs/model.md §4) changes the working group far less with the feedback on.</summary>
    [Fact]
    public void With_the_feedback_the_group_moves_less_when_the_bias_moves()
    {
        double Spread(double weight)
        {
            double Hands(double bias)
            {
                var world = Worlds.OneInitiative(residents: 1000, reach: 0.6, weeks: 156);
                world = world with { Rules = world.Rules with { Participation = world.Rules.Participation with { Bias = bias, WorkNeedWeight = weight } } };
                return Enumerable.Range(1, 6).AsParallel()
                    .Select(seed => KernelRun.Run(world, (ulong)seed).Records.Skip(52).Average(r => r.ActiveVolunteers))
                    .Average();
            }
            return Hands(-3.16) / Math.Max(1.0, Hands(-3.46));
        }
        double without = Spread(0.0), with = Spread(1.0);
        // The elasticity (the log of the ratio) falls by at least a third: k / (1 + k·w) with k ≥ 0.5 per unit.
        Assert.True(Math.Log(with) < 2.0 / 3.0 * Math.Log(without),
            $"ratio of working hands at bias −3.16 to −3.46: {with:F2} with the feedback, {without:F2} without");
    }
}
