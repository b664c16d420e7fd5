namespace WijkSim.Experiments.Design;

/// <summary>One point of an experiment: a scenario and one value for each varied key.</summary>
/// <param name="Index">position in the design, 0-based; runs of this point are numbered from it</param>
/// <param name="Scenario">index into the experiment's scenario files</param>
/// <param name="Values">one value per factor, in the order the factors were given</param>
public sealed record DesignPoint(int Index, int Scenario, IReadOnlyList<string> Values)
{
    /// <summary>The values as <c>key=value</c> overrides for the scenario loader.</summary>
    public IReadOnlyList<string> Settings(IReadOnlyList<Factor> factors) =>
        factors.Select((f, i) => $"{f.Key}={Values[i]}").ToArray();
}
