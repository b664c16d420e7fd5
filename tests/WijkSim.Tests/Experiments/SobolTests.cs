using WijkSim.Experiments.Sensitivity;

namespace WijkSim.Tests.Experiments;

public class SobolTests
{
    /// <summary>Ishigami and Homma (1990), a = 7, b = 0.1, x_i ~ U(−π, π): the analytic indices are
    /// S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437) (Saltelli et al. 2008, §3.7).</summary>
    private static double Ishigami(double[] u)
    {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.Sin(x1) + 7 * Math.Pow(Math.Sin(x2), 2) + 0.1 * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    private static readonly double[] TrueFirst = [0.3139, 0.4424, 0.0];
    private static readonly double[] TrueTotal = [0.5576, 0.4424, 0.2437];

    [Fact]
    public void The_ishigami_functions_known_indices_lie_inside_their_bootstrap_intervals()
    {
        var design = SaltelliDesign.Create(3, 4096, seed: 11);
        var indices = SobolIndices.Estimate(design, design.Points.Select(Ishigami).ToArray(), resamples: 300, seed: 3);
        for (int i = 0; i < 3; i++)
        {
            var s = indices[i];
            Assert.InRange(TrueFirst[i], s.FirstLow, s.FirstHigh);
            Assert.InRange(TrueTotal[i], s.TotalLow, s.TotalHigh);
            Assert.True(s.FirstHigh - s.FirstLow < 0.15, $"factor {i}: the first-order interval is {s.FirstLow:0.###}..{s.FirstHigh:0.###}, too wide to test anything");
        }
        // x3 acts only through its interaction with x1: no first-order effect but a clear total one.
        Assert.True(indices[2].TotalLow > 0.15);
    }

    [Fact]
    public void A_factor_the_output_ignores_gets_indices_near_zero_and_the_design_has_n_times_k_plus_2_points()
    {
        var design = SaltelliDesign.Create(2, 512, seed: 5);
        Assert.Equal(512 * 4, design.Count);
        var indices = SobolIndices.Estimate(design, design.Points.Select(u => 3 * u[0]).ToArray(), resamples: 200);
        Assert.InRange(indices[0].First, 0.95, 1.05);
        Assert.InRange(indices[1].Total, -1e-12, 1e-12);
    }
}
