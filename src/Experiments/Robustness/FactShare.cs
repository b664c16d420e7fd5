using WijkSim.Experiments.Results;

namespace WijkSim.Experiments.Robustness;

/// <summary>For one fact and one test (the points of a Latin hypercube, posterior draws, or one amount
/// changed): at how many of the points it holds, with the Wilson 95% interval of that share.</summary>
public sealed record FactShare(string Fact, string Test, string Key, double Change, int Points, int Holds)
{
    public Estimate Share => Estimate.OfShare(Holds, Points);
}
