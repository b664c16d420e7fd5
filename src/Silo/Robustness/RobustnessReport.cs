using WijkSim.Experiments.Robustness;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Robustness;

/// <summary>What robustness found, fact by fact: whether it holds at the scenarios as written, at how many
/// sampled parameter points, and under which single changes of an ASSUMPTION amount it fails.</summary>
public sealed record RobustnessReport(IReadOnlyList<Fact> Facts, int Seeds, ulong FirstSeed, IReadOnlyDictionary<string, FactResult> Nominal,
    IReadOnlyList<FactShare> Shares, IReadOnlyList<string> Skipped, string? SampleSource, IReadOnlyList<string> MovedByOneUnit)
{
    /// <summary>The single changes under which a fact that holds as written fails, smallest change first.</summary>
    public IEnumerable<FactShare> Failures(Fact fact, double upTo) => Moves(fact, FactShare.Moved, upTo).Where(s => s.Holds == 0);

    /// <summary>The single changes of up to <paramref name="upTo"/> that could not be run for the fact: outside
    /// the key's range (a BIZ of six years, or a whole number's one unit). Robust says nothing of them.</summary>
    public IEnumerable<FactShare> NotRun(Fact fact, double upTo) => Moves(fact, [FactShare.NotRun], upTo);

    /// <summary>The fact's single changes of the given tests up to <paramref name="upTo"/>: smallest first, then by key, − before +.</summary>
    private IEnumerable<FactShare> Moves(Fact fact, string[] tests, double upTo) =>
        Shares.Where(s => s.Fact == fact.Id && tests.Contains(s.Test) && Math.Abs(s.Change) <= upTo + 1e-9)
            .OrderBy(s => Math.Abs(s.Change)).ThenBy(s => s.Key, StringComparer.Ordinal).ThenBy(s => s.Change);

    /// <summary>Whether any single change of more than <paramref name="above"/> and up to <paramref name="upTo"/> ran for
    /// the fact: with none (--oat none, or --oat 0.2 alone for the ±10% column) "no failure" would claim a
    /// robustness that was never tested.</summary>
    public bool Tested(Fact fact, double above, double upTo) => Moves(fact, FactShare.Moved, upTo).Any(s => Math.Abs(s.Change) > above + 1e-9);

    public bool Fragile(Fact fact) => Nominal[fact.Id].Holds && Failures(fact, 0.1).Any();

    public FactShare? Sampled(Fact fact) => Shares.FirstOrDefault(s => s.Fact == fact.Id && s.Test == SampleSource);
}
