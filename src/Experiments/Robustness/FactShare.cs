using WijkSim.Experiments.Results;

namespace WijkSim.Experiments.Robustness;

/// <summary>For one fact and one test (the points of a Latin hypercube, posterior draws, or one amount
/// changed): at how many of the points it holds, with the Wilson 95% interval of that share. A whole
/// number that the change rounds back to itself is moved by one unit instead, test <see cref="OneUnit"/>;
/// a change that could not be run (outside the key's range) is a share of test <see cref="NotRun"/> over
/// no points.</summary>
public sealed record FactShare(string Fact, string Test, string Key, double Change, int Points, int Holds)
{
    /// <summary>The test of a one-at-a-time change that ran as the percentage says.</summary>
    public const string Oat = "oat";

    /// <summary>The test of a one-at-a-time change that was not run.</summary>
    public const string NotRun = "not run";

    /// <summary>The test of a one-at-a-time change of a whole number that the percentage leaves as it is
    /// (a 4-week lag at ±10%): it is moved by one unit in the change's direction, the smallest move the
    /// model can represent, and counts with the change it stands for.</summary>
    public const string OneUnit = "oat-unit";

    /// <summary>The tests of one-at-a-time changes that ran.</summary>
    public static readonly string[] Moved = [Oat, OneUnit];

    public Estimate Share => Estimate.OfShare(Holds, Points);
}
