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
    public void Autonomy_falls_with_formalisation_and_more_with_a_steering_board()
    {
        Assert.Equal(1.0, Formalisation.Autonomy(0, 1, P));
        Assert.True(Formalisation.Autonomy(0.8, 0.5, P) < Formalisation.Autonomy(0.2, 0.5, P));
        Assert.True(Formalisation.Autonomy(0.8, 1.0, P) < Formalisation.Autonomy(0.8, 0.2, P));
        Assert.InRange(Formalisation.Autonomy(1, 1, P with { AutonomyLoss = 1 }), 0, 1);
    }

    [Fact]
    public void The_board_steers_and_is_not_steered_only_the_others_lose_autonomy()
    {
        double volunteers = Formalisation.Autonomy(0.7, 0.8, P);
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
