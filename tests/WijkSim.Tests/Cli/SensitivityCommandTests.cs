using System.Globalization;
using WijkSim.Experiments.Design;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary><c>wijksim sensitivity</c>: Morris screening ranks a factor that drives the model above one
/// that cannot act within the horizon.</summary>
public class SensitivityCommandTests
{
    [Fact]
    public void A_factor_with_no_effect_in_the_horizon_gets_exactly_zero_and_ranks_below_one_that_matters()
    {
        // Two years of Jan Eef hold no election (the first is in 2014), so the alderman's drop
        // probability cannot act; with common random numbers its elementary effects are exactly 0.
        string dir = Repo.TempFolder("sensitivity");
        var result = CliProcess.Run(dir, "sensitivity", Repo.Scenario("jan-eef.yaml"),
            "--factor", "municipality.alderman_drop_probability=0:0.5", "--factor", "initiatives[0].fixed_costs_per_year=1000:60000",
            "--trajectories", "4", "--replications", "3", "--weeks", "104", "--out", "s");
        Assert.True(result.ExitCode == 0, result.Err);
        foreach (var file in new[] { "sensitivity.csv", "runs.csv", "manifest.json", "sensitivity_survival.png", "sensitivity_free_riding.png" })
            Assert.True(File.Exists(Path.Combine(dir, "s", file)), $"{file} is missing");

        var rows = File.ReadAllLines(Path.Combine(dir, "s", "sensitivity.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(4, rows.Length); // 2 outcomes × 2 factors
        var freeRiding = rows.Where(r => r[0] == "free_riding").ToArray();
        Assert.Equal(("1", "initiatives[0].fixed_costs_per_year"), (freeRiding[0][1], freeRiding[0][2]));
        Assert.True(double.Parse(freeRiding[0][6], CultureInfo.InvariantCulture) > 0);
        foreach (var r in rows.Where(r => r[2] == "municipality.alderman_drop_probability"))
            Assert.Equal("0", r[6]); // mu_star
        Assert.Equal(4 * 3 * 3, File.ReadAllLines(Path.Combine(dir, "s", "runs.csv")).Length - 1); // 4 trajectories × 3 points × 3 replications
        Assert.Contains("What moves free riding most", result.Out);
    }

    [Fact]
    public void The_default_factors_are_the_scenarios_levers_and_parameters_around_its_own_values()
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var factors = SensitivityFactors.For(config).ToDictionary(f => f.Key);
        Assert.Equal((0, 26), (factors["municipality.agreements[0].decision_lag_weeks"].Low, factors["municipality.agreements[0].decision_lag_weeks"].High));
        Assert.Equal((15000, 45000), (factors["municipality.agreements[0].subsidy.amount_per_year"].Low, factors["municipality.agreements[0].subsidy.amount_per_year"].High));
        Assert.Equal(1.5 * config.Population.CivicMotivation.Mean, factors["population.civic_motivation.mean"].High, 12); // ±50% of its own value
        // A scenario without agreements has no lever of an agreement to vary.
        var none = config with { Municipality = config.Municipality with { Agreements = [] } };
        Assert.DoesNotContain(SensitivityFactors.For(none), f => f.Key.StartsWith("municipality.agreements"));
    }

    [Fact]
    public void A_listed_factor_is_refused_because_morris_needs_a_range()
    {
        var result = CliProcess.Run(Repo.TempFolder("sensitivity-bad"), "sensitivity", Repo.Scenario("jan-eef.yaml"),
            "--factor", "municipality.agreements[0].stance=partner,provider");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--factor", result.Err);
        Assert.Contains("needs a numeric range", result.Err);
    }
}
