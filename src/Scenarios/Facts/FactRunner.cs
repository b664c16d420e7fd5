using System.Collections.Concurrent;

namespace WijkSim.Scenarios.Facts;

/// <summary>Evaluates facts over N seeds, running each scenario or variant once and sharing the runs.</summary>
public sealed class FactRunner(string scenarioFolder, int seeds, ulong firstSeed = 1)
{
    private readonly ConcurrentDictionary<string, Lazy<RunSet>> _sets = new();
    private readonly NamedScenarios _scenarios = new(scenarioFolder);

    public int Seeds { get; } = seeds;

    public RunSet Runs(string name) => _sets.GetOrAdd(name, n => new Lazy<RunSet>(() => RunSet.Run(n, _scenarios.Load(n).Config, Seeds, firstSeed))).Value;

    public FactResult Evaluate(Fact fact) => fact.Evaluate(Runs);
}
