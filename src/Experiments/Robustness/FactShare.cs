using WijkSim.Experiments.Results;

namespace WijkSim.Experiments.Robustness;

/// <summary>For one fact and one test (the points of a Latin hypercube, posterior draws, or one amount
/// changed): at how many of the points it holds, with the Wilson 95% interval of that share. A change
/// that could not be run (outside the key's range, or a whole number it does not move) is a share of test
/// <see cref="NotRun"/> over no points.</summary>
public sealed record FactShare(string Fact, string Test, string Key, double Change, int Points, int Holds)
{
    /// <summary>The test of a one-at-a-time change that was not run.</summary>
    public const string NotRun = "not run";

    public Estimate Share => Estimate.OfShare(Holds, Points);
}
