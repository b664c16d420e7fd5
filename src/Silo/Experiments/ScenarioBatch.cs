using WijkSim.Experiments.Design;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Experiments;

/// <summary>One batch of a method that evaluates statistics on several named scenarios at once (a fact
/// compares two; a calibration target may read another scenario): every scenario × every value vector ×
/// the replications, as one experiment on the run grains.</summary>
public sealed class ScenarioBatch
{
    private readonly IReadOnlyList<string> _names;
    private readonly int _vectors;

    private ScenarioBatch(IReadOnlyList<string> names, int vectors, PreparedExperiment experiment)
    {
        _names = names;
        _vectors = vectors;
        Experiment = experiment;
    }

    public PreparedExperiment Experiment { get; }

    /// <param name="names">the scenarios by name</param>
    /// <param name="load">loads a scenario by name with a point's values (null: none)</param>
    /// <param name="vectors">one value per factor, per point</param>
    public static ScenarioBatch Prepare(IReadOnlyList<string> names, Func<string, IReadOnlyList<string>?, LoadedScenario> load,
        IReadOnlyList<Factor> factors, IReadOnlyList<string[]> vectors, int replications, ulong firstSeed, int? weeks, string option) =>
        new(names, vectors.Count, PreparedExperiment.Prepare(names.Count, (s, varied) => load(names[s], varied), factors, () => vectors,
            replications, firstSeed, weeks, option));

    /// <summary>The runs of value vector <paramref name="vector"/>, by scenario name (read from the journal
    /// when first asked for, once).</summary>
    public Func<string, RunSet> Runs(ExperimentResults results, int vector)
    {
        var cache = new Dictionary<string, RunSet>(StringComparer.Ordinal);
        return name =>
        {
            if (cache.TryGetValue(name, out var set)) return set;
            int s = IndexOf(name);
            int point = s * _vectors + vector;
            return cache[name] = RunSet.From(name, Experiment.PointConfigs[point], Experiment.RunsOf(results.Journal, point));
        };
    }

    private int IndexOf(string name)
    {
        for (int s = 0; s < _names.Count; s++) if (_names[s] == name) return s;
        throw new InvalidOperationException($"the batch has no scenario '{name}'");
    }
}
