using WijkSim.Experiments.Design;
using WijkSim.Silo.Experiments;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Experiments;

/// <summary>A varied key scoped to one case (<c>de-ketel:key=...</c>) sets that case and its variants only,
/// so one calibration can fit each case's own amounts with the shared coefficients.</summary>
public class ScenarioScopeTests
{
    private const string Costs = "initiatives[0].fixed_costs_per_year";

    [Fact]
    public void A_scope_covers_its_scenario_and_its_variants_and_nothing_else()
    {
        Assert.Equal(("de-ketel", Costs), ScenarioScope.Split($"de-ketel:{Costs}"));
        Assert.Equal(((string?)null, Costs), ScenarioScope.Split(Costs));
        Assert.True(ScenarioScope.Applies("de-ketel", "de-ketel"));
        Assert.True(ScenarioScope.Applies("de-ketel", "de-ketel-no-election"));
        Assert.False(ScenarioScope.Applies("de-ketel", "de-ketelhuis"));
        Assert.False(ScenarioScope.Applies("jan-eef", "de-ketel"));
        Assert.True(ScenarioScope.Applies(null, "anything"));
        Assert.Equal([$"{Costs}=9000", "rules.participation.bias=-3"],
            ScenarioScope.For("de-ketel-plus-year", [$"de-ketel:{Costs}=9000", $"jan-eef:{Costs}=7000", "rules.participation.bias=-3"]));
    }

    [Fact]
    public void A_scoped_factor_parses_as_its_key_with_the_key_s_kind()
    {
        var f = Factor.Parse("voedseltuin:population.residents=1000:3000", "--param");
        Assert.Equal("voedseltuin:population.residents", f.Key);
        Assert.Equal(ValueKind.WholeNumber, f.Kind); // the kind of population.residents, so values are rounded
        Assert.Equal("1235", f.Format(1234.6));
    }

    [Fact]
    public void In_an_experiment_over_two_cases_a_scoped_amount_changes_only_its_own_case()
    {
        var factors = new[] { Factor.Parse($"de-ketel:{Costs}=1234", "--vary"), Factor.Parse($"jan-eef:{Costs}=4321", "--vary") };
        var e = PreparedExperiment.Prepare([Repo.Scenario("jan-eef.yaml"), Repo.Scenario("de-ketel.yaml")], [], factors,
            () => [["1234", "4321"]], 1, 1, 10, "--vary");
        var byName = e.PointConfigs.ToDictionary(c => c.Name);
        Assert.Equal(4321, byName["jan-eef"].Initiatives[0].FixedCostsPerYear);
        Assert.Equal(1234, byName["de-ketel"].Initiatives[0].FixedCostsPerYear);
    }

    [Fact]
    public void A_scope_that_names_no_scenario_of_the_experiment_is_refused_with_the_names_it_could_be()
    {
        var e = Assert.Throws<DesignError>(() => PreparedExperiment.Prepare([Repo.Scenario("jan-eef.yaml")], [],
            [Factor.Parse($"de-ktel:{Costs}=1000:2000", "--param")], () => [["1500"]], 1, 1, 10, "--param"));
        Assert.Contains("de-ktel", e.Message);
        Assert.Contains("jan-eef", e.Message);
    }
}
