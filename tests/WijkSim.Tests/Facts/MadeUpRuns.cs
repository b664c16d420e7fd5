using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Facts;

/// <summary>A real Jan Eef run (seed 1) whose weeks a test overwrites with made-up numbers, so that only a fact's
/// windows and bounds decide; a run's outcome rewritten; and a fact's verdict on such a run.</summary>
internal static class MadeUpRuns
{
    public static readonly Lazy<RunResult> JanEef = new(() =>
        KernelRun.Run(ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config, 1));

    /// <summary>The coded fact's verdict on one run.</summary>
    public static Func<RunResult, bool> Fact(string id) => ((ShareFact)FactCatalogue.All.Single(f => f.Id == id)).Holds;

    public static bool Holds(string id, RunResult r) => Fact(id)(r);

    /// <summary><paramref name="r"/> with <paramref name="records"/> as its weeks and its first initiative ended
    /// in <paramref name="endedWeek"/>, or alive to its horizon when that is null.</summary>
    public static RunResult WithOutcome(RunResult r, WeeklyRecord[] records, int? endedWeek)
    {
        var outcomes = r.Outcomes.Select((o, i) => i == 0 ? o with { Survived = endedWeek is null, EndedWeek = endedWeek } : o).ToArray();
        return new RunResult(r.Config, r.Seed, records, r.Weeks, outcomes);
    }

    /// <summary>The real run with <paramref name="write"/> applied to its first initiative's record of every week,
    /// ended in <paramref name="endedWeek"/> if given, else alive to its horizon.</summary>
    public static RunResult With(Action<int, WeeklyRecord[], int> write, int? endedWeek = null)
    {
        var r = JanEef.Value;
        var records = (WeeklyRecord[])r.Records.Clone();
        int perWeek = r.Config.Initiatives.Count;
        for (int t = 0; t < r.Weeks; t++) write(t, records, t * perWeek);
        return WithOutcome(r, records, endedWeek);
    }
}
