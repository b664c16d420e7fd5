using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The output municipal_value (the Voedseltuin's legitimacy-rises check): what renewing is worth
/// to the municipality, the proof raised or lowered by the agenda alignment (Rules/Renewal.Value).</summary>
public class MunicipalValueTests
{
    [Fact]
    public void The_value_jumps_by_the_agenda_factor_in_the_week_the_municipality_changes_its_agenda()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml"));
        // The scenario's agenda shift: alignment 0.3 -> 0.8 on 2015-03-02 (Ontwikkel Mee In M4H, 002 l.3638-3641).
        int shift = scenario.Config.WeekOf(new DateOnly(2015, 3, 2));
        double factor = (0.5 + 0.8) / (0.5 + 0.3); // Renewal.Value at the default agenda weight 0.5
        foreach (ulong seed in new ulong[] { 1, 2 })
        {
            var records = KernelRun.Run(scenario.Config, seed).Records;
            var before = records[shift - 1];
            var after = records[shift];
            Assert.True(before.MunicipalValue > 0, $"seed {seed}: the garden has proof before the shift");
            // Legitimacy moves by at most 2% of the gap a week and formalisation slowly, so the jump is the agenda's.
            Assert.InRange(after.MunicipalValue / before.MunicipalValue, factor * 0.97, factor * 1.03);
            // Between two ordinary weeks the value moves by no more than the proof does.
            var earlier = records[shift - 2];
            Assert.InRange(before.MunicipalValue / earlier.MunicipalValue, 0.97, 1.03);
        }
    }
}
