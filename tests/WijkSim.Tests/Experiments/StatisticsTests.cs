using WijkSim.Experiments.Design;
using WijkSim.Experiments.Results;

namespace WijkSim.Tests.Experiments;

public class StatisticsTests
{
    [Fact]
    public void The_t_interval_of_one_to_five_is_three_plus_or_minus_t_times_sd_over_root_n()
    {
        var e = Estimate.OfMean([1, 2, 3, 4, 5]);
        Assert.Equal(3, e.Mean, 12);
        Assert.Equal(Math.Sqrt(2.5), e.Sd, 12);
        double half = 2.7764451051977987 * Math.Sqrt(2.5) / Math.Sqrt(5); // t(0.975, 4)
        Assert.Equal(3 - half, e.Low, 9);
        Assert.Equal(3 + half, e.High, 9);
        Assert.True(double.IsNaN(Estimate.OfMean([4]).Low)); // one value: no interval, not a zero-width one
    }

    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]   // Wilson: no success still leaves room above zero
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(10, 10, 0.7225, 1.0)]
    public void The_wilson_interval_matches_published_values(int successes, int n, double low, double high)
    {
        var e = Estimate.OfShare(successes, n);
        Assert.Equal(low, e.Low, 4);
        Assert.Equal(high, e.High, 4);
    }

    [Fact]
    public void Kaplan_meier_counts_only_those_still_at_risk()
    {
        // Six initiatives: ended at weeks 3, 3, 5 and 8; one last seen (censored) at week 4, one alive at 10.
        var curve = SurvivalCurve.Estimate([(3, 10), (3, 10), (null, 4), (5, 10), (8, 10), (null, 10)]);
        Assert.Equal(1.0, curve.At(2));
        Assert.Equal(4 / 6.0, curve.At(3), 12);                    // 2 of 6 ended
        Assert.Equal(4 / 6.0 * (1 - 1 / 3.0), curve.At(5), 12);   // censored one gone: 1 of 3 at risk ended
        Assert.Equal(4 / 6.0 * (2 / 3.0) * (1 - 1 / 2.0), curve.At(9), 12);
        Assert.Equal(5, curve.MedianWeek); // 4/6 · 2/3 = 0.44 is the first value at or below one half
    }

    [Fact]
    public void Morris_recovers_the_slopes_of_a_linear_model_and_no_spread()
    {
        // y = 3·x0 − 1·x1 + 0·x2 on unit ranges: μ* = |slope|, μ = slope, σ = 0.
        var trajectories = MorrisDesign.Create(3, 6, 4, seed: 11);
        double Y(double[] x) => 3 * x[0] - x[1];
        var effects = MorrisEffect.Compute(trajectories, 3, (r, s) => Y(trajectories[r].Points[s]));
        Assert.Equal(3, effects[0].MuStar, 9);
        Assert.Equal(-1, effects[1].Mu, 9);
        Assert.Equal(1, effects[1].MuStar, 9);
        Assert.Equal(0, effects[2].MuStar, 9);
        Assert.All(effects, e => Assert.Equal(0, e.Sigma, 9));
    }
}
