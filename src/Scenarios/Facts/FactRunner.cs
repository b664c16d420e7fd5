using System.Collections.Concurrent;

namespace WijkSim.Scenarios.Facts;

/// <summary>Evaluates facts over N seeds, running each scenario or variant once and sharing the runs.</summary>
public sealed class FactRunner(string scenarioFolder, int seeds)
{
    private readonly ConcurrentDictionary<string, Lazy<RunSet>> _sets = new();

    public int Seeds { get; } = seeds;

    public RunSet Runs(string name) => _sets.GetOrAdd(name, n => new Lazy<RunSet>(() => Load(n))).Value;

    public FactResult Evaluate(Fact fact) => fact.Evaluate(Runs);

    private RunSet Load(string name)
    {
        var variant = FactCatalogue.Variants.FirstOrDefault(v => v.Name == name);
        var config = ScenarioLoader.Load(Path.Combine(scenarioFolder, (variant?.BaseScenario ?? name) + ".yaml")).Config;
        return RunSet.Run(name, variant is null ? config : variant.Change(config), Seeds);
    }
}
