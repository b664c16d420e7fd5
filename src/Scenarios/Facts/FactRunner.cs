using System.Collections.Concurrent;

namespace WijkSim.Scenarios.Facts;

/// <summary>Evaluates facts over N seeds, running each scenario or variant once and sharing the runs.</summary>
/// <param name="settings">overrides applied to every scenario the facts run, as <c>--set</c> applies them (after the
/// file's own <c>set:</c> section), so that a modelling round's facts are measured by the command it registered</param>
public sealed class FactRunner(string scenarioFolder, int seeds, ulong firstSeed = 1, IReadOnlyList<string>? settings = null)
{
    private readonly ConcurrentDictionary<string, Lazy<RunSet>> _sets = new();
    private readonly ConcurrentDictionary<string, Lazy<LoadedScenario>> _loaded = new();
    private readonly NamedScenarios _scenarios = new(scenarioFolder);

    public int Seeds { get; } = seeds;

    public RunSet Runs(string name) => _sets.GetOrAdd(name, n => new Lazy<RunSet>(() => RunSet.Run(n, Load(n).Config, Seeds, firstSeed))).Value;

    public FactResult Evaluate(Fact fact) => fact.Evaluate(Runs);

    /// <summary>A scenario of the facts with the overrides applied, parsed once however often it is asked for (the
    /// command's check before any run, the runs, the manifest); throws a ScenarioError naming the file or the
    /// <c>--set</c> that is wrong.</summary>
    public LoadedScenario Load(string name) =>
        _loaded.GetOrAdd(name, n => new Lazy<LoadedScenario>(() => _scenarios.Load(n, settings))).Value;
}
