using WijkSim.Experiments.Design;
using WijkSim.Experiments.Discovery;

namespace WijkSim.Tests.Experiments;

public class PrimTests
{
    [Fact]
    public void Prim_finds_a_known_box_and_leaves_the_irrelevant_factor_unrestricted()
    {
        // Three factors uniform on [0, 1]; the outcome holds exactly where x0 > 0.6 and x1 < 0.3.
        var x = LatinHypercube.Unit(3, 2000, 42);
        var y = x.Select(r => r[0] > 0.6 && r[1] < 0.3).ToArray();
        var result = Prim.Find(x, y);
        var box = result[0].Box;
        Assert.InRange(box.Low[0], 0.55, 0.65);
        Assert.InRange(box.High[1], 0.25, 0.35);
        Assert.Equal([0, 1], box.Restricted(result[0].DataLow, result[0].DataHigh).Order());
        Assert.True(box.Density > 0.8, $"density {box.Density}");
        Assert.True(box.Coverage >= 0.5, $"coverage {box.Coverage}");
        // Along the trajectory density rises from the overall share (~12%) while coverage can only fall.
        Assert.InRange(result[0].Trajectory[0].Density, 0.09, 0.15);
        for (int i = 1; i < result[0].Trajectory.Count; i++)
            Assert.True(result[0].Trajectory[i].Coverage <= result[0].Trajectory[i - 1].Coverage + 1e-12);
    }

    [Fact]
    public void Prim_finds_no_denser_box_when_the_outcome_is_unrelated_to_the_factors()
    {
        var x = LatinHypercube.Unit(2, 1000, 7);
        var y = Enumerable.Range(0, 1000).Select(i => i % 2 == 0).ToArray(); // independent of x
        var box = Prim.Find(x, y)[0].Box;
        Assert.True(box.Density < 0.62, $"density {box.Density} from noise");
    }
}
