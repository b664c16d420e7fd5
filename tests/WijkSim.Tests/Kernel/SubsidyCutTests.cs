using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The workshop's lever "geen" on a formal organisation (forty-first round, docs/model.md §6;
/// docs/workshop.md): its board judges the subsidy as it now stands, so the decline begins in the week of the
/// cut (fails on the code before the round), and a subsidy given back within the decline's weeks undoes it (a guard
/// of what the room can do: it held before the round as well).</summary>
public class SubsidyCutTests
{
    private const string Cut = "  - { date: 2016-03-07, type: subsidy_change, initiative: de-ketel, schedule: none, label: cut }\n";
    private const string GivenBack = "  - { date: 2016-05-02, type: subsidy_change, initiative: de-ketel, schedule: fixed, value: 25000, label: given back }\n";

    private static (RunResult Run, ModelConfig Config) RunWith(string name, string events)
    {
        string folder = Repo.TempFolder(name);
        File.Copy(Repo.Scenario("de-ketel.yaml"), Path.Combine(folder, "de-ketel.yaml"));
        string child = Path.Combine(folder, "child.yaml");
        File.WriteAllText(child, $"extends: de-ketel.yaml\nname: {name}\nadd_events:\n{events}");
        var config = ScenarioLoader.Load(child).Config;
        return (KernelRun.Run(config, 1), config);
    }

    [Fact]
    public void A_cut_to_none_begins_de_ketel_s_decline_in_that_week()
    {
        // Before the forty-first round the board judged a quarter's average of all income, so the decline
        // began about a quarter after the cut (weeks 128-145 over seeds 1-10, the cut in week 113).
        var (run, config) = RunWith("cut-none", Cut);
        int cut = config.WeekOf(new DateOnly(2016, 3, 7));
        int firstDecline = run.Records.First(r => r.Phase == Phase.Decline).Week;
        Assert.Equal(cut, firstDecline);
    }

    [Fact]
    public void A_subsidy_given_back_within_the_decline_keeps_de_ketel_going()
    {
        var (cutOnly, _) = RunWith("cut-only", Cut);
        var (givenBack, config) = RunWith("cut-and-back", Cut + GivenBack);
        Assert.NotNull(cutOnly.Outcomes[0].EndedWeek);
        int back = config.WeekOf(new DateOnly(2016, 5, 2));
        Assert.True(givenBack.Outcomes[0].EndedWeek is null || givenBack.Outcomes[0].EndedWeek > back + 52,
            $"ended in week {givenBack.Outcomes[0].EndedWeek}, with the subsidy given back in week {back}");
        Assert.Contains(givenBack.Records.Skip(back), r => r.Phase is Phase.Growth or Phase.Established);
    }
}
