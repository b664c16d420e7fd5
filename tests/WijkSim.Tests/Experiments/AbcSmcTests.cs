using WijkSim.Experiments.Calibration;
using WijkSim.Experiments.Design;

namespace WijkSim.Tests.Experiments;

public class AbcSmcTests
{
    private static readonly CalibrationParameter[] Parameters =
    [
        CalibrationParameter.Parse("population.civic_motivation.mean=0:1"),
        CalibrationParameter.Parse("initiatives[0].fixed_costs_per_year=100:10000:log"),
    ];

    /// <summary>A stochastic toy simulator: two noisy statistics, one per parameter.</summary>
    private static Task<double[][]> Toy(int generation, int round, IReadOnlyList<double[]> values, CancellationToken _)
    {
        var noise = new DesignRandom(99).Stream(generation, round);
        return Task.FromResult(values.Select((v, i) => new[]
        {
            v[0] + 0.02 * noise.Normal(i, 0),
            Math.Log(v[1]) + 0.05 * noise.Normal(i, 1),
        }).ToArray());
    }

    private static Observation[] Observed(double a, double costs) =>
        [new("a", a, a, 1), new("log_costs", Math.Log(costs), Math.Log(costs), 1)];

    [Fact]
    public async Task Abc_smc_recovers_known_parameters_and_narrows_the_prior()
    {
        var abc = new AbcSmc(Parameters, Observed(0.3, 2000), new AbcSettings(Particles: 200, Generations: 6), seed: 4);
        var result = await abc.Run(Toy, null, CancellationToken.None);
        var summary = PosteriorSummary.Of(result.Posterior, Parameters);
        Assert.InRange(0.3, summary[0].Low, summary[0].High);
        Assert.InRange(2000, summary[1].Low, summary[1].High);
        Assert.True(summary[0].WidthShare < 0.2, $"the interval still spans {summary[0].WidthShare:P0} of the prior");
        // Tolerances fall generation by generation; weights are normalised.
        for (int g = 2; g < result.Generations.Count; g++) Assert.True(result.Generations[g].Tolerance < result.Generations[g - 1].Tolerance);
        Assert.Equal(1.0, result.Posterior.Accepted.Sum(p => p.Weight), 9);
        Assert.All(result.Posterior.Accepted, p => Assert.InRange(p.Values[1], 100, 10000));
    }

    [Fact]
    public async Task A_prior_that_excludes_the_true_value_cannot_contain_it_and_leaves_a_large_distance()
    {
        var narrow = new[] { CalibrationParameter.Parse("population.civic_motivation.mean=0.5:1"), Parameters[1] };
        var abc = new AbcSmc(narrow, Observed(0.3, 2000), new AbcSettings(Particles: 100, Generations: 4), seed: 4);
        var result = await abc.Run(Toy, null, CancellationToken.None);
        var summary = PosteriorSummary.Of(result.Posterior, narrow);
        Assert.False(summary[0].Low <= 0.3 && 0.3 <= summary[0].High);
        Assert.True(result.Posterior.Accepted.Min(p => p.Distance) > 1, "the best particle should still miss the target");
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_posterior()
    {
        async Task<double[]> Run() => (await new AbcSmc(Parameters, Observed(0.5, 500), new AbcSettings(50, 3), 9).Run(Toy, null, CancellationToken.None))
            .Posterior.Accepted.SelectMany(p => p.Values.Append(p.Weight)).ToArray();
        Assert.Equal(await Run(), await Run());
    }

    /// <summary>A share of seeds is a step: most of the prior gives one and the same miss, a corner meets the
    /// target. Ties then hold the median distance at the last tolerance; the schedule must still move on to
    /// the particles that came closer, not stop as if no particle could (the forty-third round's Jan Eef step).</summary>
    [Fact]
    public async Task Ties_at_the_median_distance_do_not_stop_the_run_while_some_particles_meet_the_target()
    {
        Task<double[][]> Step(int generation, int round, IReadOnlyList<double[]> values, CancellationToken _) =>
            Task.FromResult(values.Select(v => new[] { v[0] > 0.8 ? 1.0 : 0.0 }).ToArray());
        var abc = new AbcSmc([Parameters[0]], [new Observation("share", 1, 1, 1)], new AbcSettings(Particles: 50, Generations: 3), seed: 4);
        var result = await abc.Run(Step, null, CancellationToken.None);
        Assert.True(result.Generations[0].Accepted.Count(p => p.Distance > 0) > 25, "the toy should start with most particles tied at one miss");
        Assert.Equal(0, result.Posterior.Tolerance);
        Assert.All(result.Posterior.Accepted, p => Assert.True(p.Values[0] > 0.8, $"a posterior particle at {p.Values[0]} misses the target"));
    }

    /// <summary>The tie rule steps to the largest distance below the last tolerance, one level at a time, and a
    /// generation in which no particle came closer still stops the run.</summary>
    [Fact]
    public async Task The_tolerance_steps_down_one_tied_level_at_a_time_and_stops_when_no_particle_came_closer()
    {
        // Three levels: a below 0.6 misses by 1, 0.6-0.9 by 0.5, above 0.9 meets the target.
        Task<double[][]> Levels(int generation, int round, IReadOnlyList<double[]> values, CancellationToken _) =>
            Task.FromResult(values.Select(v => new[] { v[0] > 0.9 ? 1.0 : v[0] > 0.6 ? 0.5 : 0.0 }).ToArray());
        var levels = await new AbcSmc([Parameters[0]], [new Observation("share", 1, 1, 1)], new AbcSettings(Particles: 50, Generations: 2), seed: 4)
            .Run(Levels, null, CancellationToken.None);
        var tolerances = levels.Generations.Skip(1).Select(g => g.Tolerance).ToArray();
        var misses = levels.Generations[0].Accepted.Select(p => p.Distance).Distinct().Order().ToArray();
        Assert.Equal(3, misses.Length);
        Assert.Equal([misses[2], misses[1]], tolerances);

        // Nothing ever meets the target: every distance is tied, so the second generation stops the run.
        Task<double[][]> Never(int generation, int round, IReadOnlyList<double[]> values, CancellationToken _) =>
            Task.FromResult(values.Select(_ => new[] { 0.0 }).ToArray());
        var never = await new AbcSmc([Parameters[0]], [new Observation("share", 1, 1, 1)], new AbcSettings(Particles: 20, Generations: 4), seed: 4)
            .Run(Never, null, CancellationToken.None);
        Assert.Equal(2, never.Generations.Count);
        Assert.Contains("stopped falling", never.StopReason);
    }

    [Fact]
    public void A_malformed_or_empty_prior_is_refused_naming_the_option()
    {
        var e = Assert.Throws<DesignError>(() => CalibrationParameter.Parse("initiatives[0].cash=5:5"));
        Assert.Contains("--param", e.Message);
        Assert.Throws<DesignError>(() => CalibrationParameter.Parse("initiatives[0].cash=0:5:log"));
        Assert.Throws<DesignError>(() => CalibrationParameter.Parse("initiatives[0].cash=1,2"));
        Assert.Throws<DesignError>(() => CalibrationParameter.Parse("initiatives[0].cash=1:4:9"));
    }
}
