using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Scenarios;

public class NamedScenariosTests
{
    private const string Bar = "rules.draagvlak.progress_output_per_member";

    [Fact]
    public void A_design_value_moves_the_baseline_but_not_the_key_a_variant_sets_to_define_itself()
    {
        // Before the fortieth session the coefficients' hypercube set the bar for visible progress in no-progress.yaml
        // too, overriding the 100 that makes it the counterfactual, so generic.progress-lag-fades compared the
        // baseline with itself and failed at every point (docs/model.md §5).
        var named = new NamedScenarios(Path.GetDirectoryName(Repo.Scenario("baseline.yaml"))!);
        var varied = new[] { $"{Bar}=0.11" };
        Assert.Equal(0.11, named.Load("baseline", varied: varied, variedYieldsToFileSets: true).Config.Rules.Draagvlak.ProgressOutputPerMember);
        var variant = named.Load("no-progress", varied: varied, variedYieldsToFileSets: true);
        Assert.Equal(100, variant.Config.Rules.Draagvlak.ProgressOutputPerMember);
        Assert.DoesNotContain(varied[0], variant.Settings);            // the manifest names only what was applied
        // A --set is the user's own word and still overrides the file; so do robustness's one-at-a-time moves, which
        // move the variant's own amount (100 to 90; 110 is beyond the key's range), and a sweep's --vary of a file it names.
        Assert.Equal(50, named.Load("no-progress", settings: [$"{Bar}=50"], variedYieldsToFileSets: true).Config.Rules.Draagvlak.ProgressOutputPerMember);
        Assert.Equal(90, named.Load("no-progress", varied: [$"{Bar}=90"]).Config.Rules.Draagvlak.ProgressOutputPerMember);
        var file = Path.Combine(named.Folder, NamedScenarios.VariantFolder, "no-progress.yaml");
        Assert.Equal(0.11, ScenarioLoader.Load(file, varied: varied).Config.Rules.Draagvlak.ProgressOutputPerMember);
    }
}
