using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class FormalisationTests
{
    private static readonly FormalisationParameters P = new();

    [Fact]
    public void Formalisation_moves_towards_its_target_without_overshooting()
    {
        double f = 0;
        for (int week = 0; week < 500; week++)
        {
            double next = Formalisation.Next(f, 0.7, P);
            Assert.True(next >= f && next <= 0.7);
            f = next;
        }
        Assert.Equal(0.7, f, 3);
    }

    [Fact]
    public void Autonomy_falls_as_the_board_grips_harder()
    {
        Assert.Equal(1.0, Formalisation.Autonomy(0, P));
        Assert.True(Formalisation.Autonomy(0.6, P) < Formalisation.Autonomy(0.2, P));
        Assert.InRange(Formalisation.Autonomy(1, P with { AutonomyLoss = 1 }), 0, 1);
    }

    [Fact]
    public void A_new_board_grips_slowly_and_ever_harder_towards_formalisation_times_steering()
    {
        // "het bestuur steeds meer stuurt" (002 l.2270): after a formalise event (target 0.7, steering 0.8)
        // the grip rises every week, lags behind formalisation, and never passes its level.
        double f = 0, grip = 0, level = 0.7 * 0.8;
        double afterOneYear = 0, formalAfterOneYear = 0;
        for (int week = 1; week <= 520; week++)
        {
            f = Formalisation.Next(f, 0.7, P);
            double next = Formalisation.Grip(grip, f, 0.8, P);
            Assert.True(next > grip && next < f * 0.8 && next <= level, $"week {week}: grip {next:F4} after {grip:F4}, level {f * 0.8:F4}");
            grip = next;
            if (week == 52) (afterOneYear, formalAfterOneYear) = (grip / level, f / 0.7);
        }
        Assert.True(afterOneYear < 0.5 && formalAfterOneYear > 0.75,
            $"after one year formalisation is at {formalAfterOneYear:P0} of its target but the grip at {afterOneYear:P0}: a slow grip");
        Assert.True(grip > 0.95 * level, $"after ten years the grip is {grip:F3} of {level:F3}");
        Assert.True(Formalisation.Grip(0, 0.7, 1.0, P) > Formalisation.Grip(0, 0.7, 0.2, P));
        Assert.Equal(level, Formalisation.Grip(0, 0.7, 0.8, P with { GripRate = 1 }), 12); // rate 1: the old rule, no lag
    }

    [Fact]
    public void The_board_steers_and_is_not_steered_only_the_others_lose_autonomy()
    {
        double volunteers = Formalisation.Autonomy(0.7 * 0.8, P);
        Assert.True(volunteers < 1.0);
        Assert.Equal(volunteers, Formalisation.FeltAutonomy(inCore: false, volunteers));
        Assert.Equal(1.0, Formalisation.FeltAutonomy(inCore: true, volunteers));
    }

    [Fact]
    public void Formalisation_raises_capacity_and_continuity()
    {
        Assert.True(Formalisation.Capacity(0.8, P) > Formalisation.Capacity(0, P));
        Assert.True(Formalisation.FallBackFactor(0.8, P) < Formalisation.FallBackFactor(0, P));
    }
}
