using WijkSim.Experiments.Design;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Scenarios;
using WijkSim.Silo.Commands;

namespace WijkSim.Silo.Experiments;

/// <summary>An experiment ready to run: every scenario loaded, every design point loaded and validated
/// as a full configuration (the exact JSON the Run grains receive), and the fingerprint that ties a
/// resumed experiment to this one.</summary>
public sealed record PreparedExperiment(
    ExperimentPlan Plan, IReadOnlyList<LoadedScenario> Scenarios, IReadOnlyList<ModelConfig> PointConfigs,
    string[] PointJson, string Fingerprint, int? Weeks)
{
    public string ScenarioName(int point) => Scenarios[Plan.Points[point].Scenario].Config.Name;

    /// <param name="design">draws the design's value vectors once the factors are known to be valid</param>
    /// <exception cref="DesignError">a factor or the design is unusable</exception>
    /// <exception cref="WijkSim.Scenarios.Loading.ScenarioError">a scenario, or a scenario with a design value, is invalid</exception>
    public static PreparedExperiment Prepare(IReadOnlyList<string> scenarioPaths, IReadOnlyList<string> settings,
        IReadOnlyList<Factor> factors, Func<IReadOnlyList<string[]>> design, int replications, ulong firstSeed, int? weeks, string option) =>
        Prepare(scenarioPaths.Count, (s, varied) => ScenarioLoader.Load(scenarioPaths[s], settings, varied), factors, design, replications, firstSeed, weeks, option);

    /// <summary>The same for scenarios that are not all plain files (the facts' variants of a scenario).</summary>
    /// <param name="load">loads scenario s with a point's values (null: none), the user's settings already applied</param>
    public static PreparedExperiment Prepare(int scenarioCount, Func<int, IReadOnlyList<string>?, LoadedScenario> load,
        IReadOnlyList<Factor> factors, Func<IReadOnlyList<string[]>> design, int replications, ulong firstSeed, int? weeks, string option)
    {
        if (replications is < 1 or > 100_000) throw new UsageError("--replications", $"expected a whole number from 1 to 100000, found {replications}");
        if (weeks is < 1 or > RunCommand.MaxWeeks) throw new UsageError("--weeks", $"expected a whole number from 1 to {RunCommand.MaxWeeks}, found {weeks}");
        var duplicate = factors.GroupBy(f => f.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DesignError(option, duplicate.Key, "this key is varied twice; give all its values in one argument");

        var scenarios = Enumerable.Range(0, scenarioCount).Select(s => load(s, null)).ToArray();
        var names = scenarios.Select(s => s.Config.Name).ToArray();
        foreach (var factor in factors)
        {
            var scope = ScenarioScope.Split(factor.Key).Scope;
            if (scope is not null && !names.Any(n => ScenarioScope.Applies(scope, n)))
                throw new DesignError(option, factor.Key, $"the scope '{scope}' names none of the scenarios of this experiment ({string.Join(", ", names.Distinct())})");
        }
        var unscoped = load;
        load = (s, varied) => unscoped(s, varied is null ? null : ScenarioScope.For(names[s], varied));
        // Try every listed value (and both ends of every range) on its own first: a wrong key, type or
        // range is then reported for the value the user typed, before a large design is drawn.
        for (int s = 0; s < scenarioCount; s++)
            foreach (var factor in factors)
                foreach (var value in factor.IsRange ? [factor.Format(factor.Low), factor.Format(factor.High)] : factor.Levels!)
                    load(s, [$"{factor.Key}={value}"]);

        var plan = ExperimentPlan.Cross(scenarios.Select(s => s.Config.Name).ToArray(), factors, design(), replications, firstSeed);
        var configs = plan.Points.Select(p =>
        {
            var config = load(p.Scenario, p.Settings(factors)).Config;
            return weeks is int w ? config with { Weeks = w } : config;
        }).ToArray();
        var json = configs.Select(ModelConfigJson.Serialize).ToArray();
        return new PreparedExperiment(plan, scenarios, configs, json, plan.Fingerprint(json), weeks);
    }

    /// <summary>The runs of one design point, in replication order, as the kernel's results.</summary>
    public RunResult[] RunsOf(ExperimentJournal journal, int point)
    {
        var config = PointConfigs[point];
        int k = Math.Max(1, config.Initiatives.Count);
        return Enumerable.Range(0, Plan.Replications).Select(r =>
        {
            int run = point * Plan.Replications + r;
            var records = WeeklyRecordCodec.Decode(journal.Load(run).Records);
            int weeks = records.Length / k;
            return new RunResult(config, Plan.SeedOf(run), records, weeks, RunOutcomes.FromRecords(config, records, weeks));
        }).ToArray();
    }
}
