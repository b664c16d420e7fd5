using WijkSim.Experiments.Design;

namespace WijkSim.Tests.Experiments;

public class DesignTests
{
    [Fact]
    public void A_grid_holds_every_combination_with_the_first_factor_varying_slowest()
    {
        var points = GridDesign.Points([Factor.Parse("a=1,2"), Factor.Parse("b=x,y,z")]);
        Assert.Equal(["1,x", "1,y", "1,z", "2,x", "2,y", "2,z"], points.Select(p => string.Join(',', p)));
        Assert.Single(GridDesign.Points([])); // no factor: one point, the scenario as it is
    }

    [Fact]
    public void A_latin_hypercube_puts_exactly_one_point_in_each_slice_of_every_factor()
    {
        const int samples = 50, factors = 4;
        var unit = LatinHypercube.Unit(factors, samples, seed: 7);
        for (int j = 0; j < factors; j++)
        {
            var slices = unit.Select(p => (int)(p[j] * samples)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, samples), slices);
        }
    }

    [Fact]
    public void A_latin_hypercube_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        var a = LatinHypercube.Unit(3, 20, seed: 1);
        Assert.Equal(a, LatinHypercube.Unit(3, 20, seed: 1));
        Assert.NotEqual(a, LatinHypercube.Unit(3, 20, seed: 2));
    }

    [Fact]
    public void A_morris_trajectory_moves_one_factor_at_a_time_by_delta_and_each_factor_once()
    {
        const int factors = 5, levels = 4;
        double delta = levels / (2.0 * (levels - 1));
        foreach (var t in MorrisDesign.Create(factors, trajectories: 8, levels, seed: 3))
        {
            Assert.Equal(factors + 1, t.Points.Length);
            Assert.Equal(Enumerable.Range(0, factors), t.Steps.Select(s => s.Factor).Order());
            for (int s = 0; s < factors; s++)
            {
                var changed = Enumerable.Range(0, factors).Where(j => t.Points[s][j] != t.Points[s + 1][j]).ToArray();
                Assert.Equal([t.Steps[s].Factor], changed);
                Assert.Equal(delta, Math.Abs(t.Points[s + 1][changed[0]] - t.Points[s][changed[0]]), 12);
                Assert.All(t.Points[s + 1], x => Assert.InRange(x, 0, 1 + 1e-12));
            }
        }
    }

    [Fact]
    public void An_experiment_s_fingerprint_changes_with_the_model_s_build_so_a_journal_of_another_build_is_not_resumed()
    {
        // The journal keeps finished runs as raw weekly records: a run of other rules, or of a record with
        // another layout, must not be mixed in (review r51).
        var plan = ExperimentPlan.Cross(["a.yaml"], [Factor.Parse("x=1,2")], GridDesign.Points([Factor.Parse("x=1,2")]), replications: 3, firstSeed: 1);
        string[] configs = ["{\"x\":1}", "{\"x\":2}"];
        Assert.Equal(plan.Fingerprint(configs), plan.Fingerprint(configs, WijkSim.Model.Output.ModelBuild.Id));
        Assert.NotEqual(plan.Fingerprint(configs), plan.Fingerprint(configs, Guid.NewGuid()));
        Assert.NotEqual(Guid.Empty, WijkSim.Model.Output.ModelBuild.Id);
    }
}
