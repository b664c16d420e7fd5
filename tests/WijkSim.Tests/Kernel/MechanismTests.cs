using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>Whole-kernel checks that a lever moves the outcome in the direction its rule says,
/// summed over several seeds so that one lucky seed cannot decide.</summary>
public class MechanismTests
{
    private static double MeanOverSeeds(ModelConfig config, Func<Model.Output.RunResult, double> measure, int seeds = 8) =>
        Enumerable.Range(1, seeds).AsParallel().Select(s => measure(KernelRun.Run(config, (ulong)s))).Average();

    [Fact]
    public void A_shock_raises_participation_in_the_following_year()
    {
        var quiet = Worlds.OneInitiative(weeks: 60);
        var shocked = quiet with { Events = [new EventConfig { Date = new DateOnly(2020, 1, 6), Type = EventKind.Shock, Initiative = "a", Value = 0.6 }] };
        double Active(Model.Output.RunResult r) => r.Records.Average(x => x.ActiveVolunteers);
        Assert.True(MeanOverSeeds(shocked, Active) > MeanOverSeeds(quiet, Active));
    }

    [Fact]
    public void Recognition_keeps_more_passive_supporters()
    {
        var plain = Worlds.OneInitiative(weeks: 156) with
        {
            Rules = new() { Draagvlak = new() { ProgressOutputPerMember = 100 } }, // progress is never visible: support fades
        };
        var recognised = plain with { Initiatives = [plain.Initiatives[0] with { Recognition = 1.0 }] };
        double Passive(Model.Output.RunResult r) => r.Records.Skip(52).Average(x => x.PassiveSupporters);
        Assert.True(MeanOverSeeds(recognised, Passive) > MeanOverSeeds(plain, Passive));
    }

    [Fact]
    public void A_tapering_subsidy_brings_in_less_money_than_a_fixed_one()
    {
        var fixedOne = Worlds.OneInitiative(weeks: 260);
        var tapering = fixedOne with
        {
            Municipality = new MunicipalityConfig
            {
                Agreements = [new AgreementConfig { Initiative = "a", Subsidy = new SubsidyConfig { Schedule = SubsidySchedule.Tapering, AmountPerYear = 8000, TaperPerYear = 0.3 } }],
            },
        };
        double Subsidy(Model.Output.RunResult r) => r.Records.Sum(x => x.Income[(int)Model.State.IncomeSource.Subsidy]);
        Assert.True(MeanOverSeeds(tapering, Subsidy, 4) < MeanOverSeeds(fixedOne, Subsidy, 4));
    }
}
