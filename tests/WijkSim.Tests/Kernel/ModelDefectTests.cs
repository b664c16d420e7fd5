using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>Regression tests for defects a review found in the model (issue 14): each failed on the
/// code before its fix.</summary>
public class ModelDefectTests
{
    [Fact]
    public void The_voedseltuin_is_paid_re_integration_money_for_the_residents_placed_with_it()
    {
        // "grotendeels gedekt door gemeentelijke subsidies op begeleiding van re-integratie" (002 l.3623-3624):
        // before the fix the placements were never counted and the money was 0 in every week.
        var config = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml")).Config;
        var run = KernelRun.Run(config, 1, weeks: 26);
        var agreement = config.Municipality.Agreements.Single(a => a.Reintegration is not null);
        double perWeek = agreement.Reintegration!.Placements * agreement.Reintegration.PaymentPerPlacementYear / 52.0;
        var paid = run.Records.Where(r => r.Week >= 1).Select(r => r.Income[(int)IncomeSource.Reintegration]).ToArray();
        Assert.All(paid, p => Assert.True(p > 0, "no re-integration money in a week while the placements run"));
        Assert.All(paid, p => Assert.True(p <= perWeek + 1e-9, $"paid {p} a week, more than the {perWeek} of all placements"));
    }
}
