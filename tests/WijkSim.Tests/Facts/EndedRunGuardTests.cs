using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Facts;

/// <summary>The twenty-sixth round (docs/model.md §5): a coded fact told of a running initiative fails in a run
/// where the initiative ended before the fact's window closed. Each test takes a real run that passes the
/// fact and marks the initiative as ended at a week inside the window, leaving its rows as they were: only
/// the guard can then fail it, so these tests fail on a catalogue without the guard.</summary>
public class EndedRunGuardTests
{
    private static readonly Dictionary<string, RunResult> Runs = new();

    private static RunResult Run(string scenario, ulong seed)
    {
        lock (Runs)
        {
            string key = $"{scenario}/{seed}";
            if (!Runs.TryGetValue(key, out var run))
                Runs[key] = run = KernelRun.Run(ScenarioLoader.Load(Repo.Scenario(scenario + ".yaml")).Config, seed);
            return run;
        }
    }

    private static Func<RunResult, bool> Predicate(string id) => MadeUpRuns.Fact(id);

    /// <summary>The same run, with the case's initiative ended at <paramref name="week"/>.</summary>
    private static RunResult EndedAt(RunResult r, int week) => MadeUpRuns.WithOutcome(r, r.Records, week);

    /// <summary>The first seed from 1 whose run passes the fact as it is.</summary>
    private static RunResult Passing(string scenario, Func<RunResult, bool> holds) =>
        Enumerable.Range(1, 10).Select(s => Run(scenario, (ulong)s)).First(holds);

    private static int Week(RunResult r, string date) => RunMeasures.WeekOf(r, date);

    [Theory]
    // The decline is read in the half year before the renewal vote (2017-02-13).
    [InlineData("jan-eef.peak-then-decline", "jan-eef", "2016-06-06")]
    // An association that ended before the renewal vote (2017-02-13) never voted on it.
    [InlineData("jan-eef.biz-renewal-fails", "jan-eef", "2017-02-06")]
    // The users are counted 40 weeks after the election of 2018-03-21.
    [InlineData("de-ketel.election-loses-users", "de-ketel", "2018-10-01")]
    // Diversity and a collective are read at the horizon, which both seeds have the initiative reach.
    [InlineData("voedseltuin.diversity-rises", "voedseltuin", "2020-06-01")]
    [InlineData("voedseltuin.survivors-are-collectives", "voedseltuin", "2020-06-01")]
    [InlineData("de-ketel.survivors-are-collectives", "de-ketel", "2020-06-01")]
    public void A_fact_told_of_a_running_initiative_fails_where_it_ended_inside_its_window(string id, string scenario, string endedOn)
    {
        var holds = Predicate(id);
        var run = Passing(scenario, holds);
        Assert.False(holds(EndedAt(run, Week(run, endedOn))));
    }

    [Fact]
    public void An_end_after_the_window_does_not_fail_a_fact_whose_window_has_closed()
    {
        var holds = Predicate("jan-eef.peak-then-decline");
        var run = Passing("jan-eef", holds);
        Assert.True(holds(EndedAt(run, Week(run, "2017-06-05"))));
    }

    [Fact]
    public void The_counterfactual_s_survivors_fact_still_passes_an_ended_run()
    {
        // jan-eef-rhythm has no seed date; its endings are rhythm-survives's subject.
        var holds = Predicate("jan-eef.rhythm-survivors-are-collectives");
        var run = Run("jan-eef", 1);
        Assert.True(holds(EndedAt(run, Week(run, "2016-01-04"))));
    }
}
