using System.Text;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Facts;

/// <summary>The facts' results in the three groups <c>facts</c> prints, and the Markdown tables of them: readable in a
/// terminal and pasted as they are into docs/model.md (docs/tools/model-tables.py reads them). The held-out emergent
/// patterns come first (the only ones a validation claim may rest on), then the calibration targets, then the
/// mechanism checks.</summary>
public sealed class FactsTables
{
    private static readonly (string Title, Func<Fact, bool> Member)[] Groups =
    [
        ("Held out, emergent: the validation", f => f.Use == FactUse.Validation && f.Kind == FactKind.Emergent),
        ("Calibration targets", f => f.Use == FactUse.Calibration),
        ("Held out, mechanism checks: the code does what it says", f => f.Use == FactUse.Validation && f.Kind == FactKind.Mechanism),
    ];

    private FactsTables(IReadOnlyList<(string Title, FactResult[] Results)> groups) => GroupResults = groups;

    /// <summary>Each group's title and its results, in the order printed.</summary>
    public IReadOnlyList<(string Title, FactResult[] Results)> GroupResults { get; }

    public IEnumerable<FactResult> Results => GroupResults.SelectMany(g => g.Results);

    public int Failed => Results.Count(r => !r.Holds);

    public static FactsTables Evaluate(IReadOnlyList<Fact> book, FactRunner runner) =>
        new(Groups.Select(g => (g.Title, book.Where(g.Member).Select(runner.Evaluate).ToArray())).ToArray());

    /// <param name="measured">the header of the results column, e.g. "measured over seeds 1–100"</param>
    public string Markdown(string measured)
    {
        var text = new StringBuilder();
        foreach (var (title, results) in GroupResults)
        {
            int holding = results.Count(r => r.Holds), evidence = results.Count(r => r.Holds && r.Fact.NotEvidence is null);
            // A check that holds but is no evidence (it cannot fail, or a timer decides it) is counted apart.
            string apart = evidence < holding ? $" ({evidence} of them count as evidence)" : "";
            text.Append($"### {title}: {holding} of {results.Length} hold{apart}\n\n");
            text.Append($"| case | id | fact | kind | source | {measured} | holds |\n");
            text.Append("|---|---|---|---|---|---|---|\n");
            foreach (var result in results)
            {
                var fact = result.Fact;
                text.Append($"| {fact.Case} | {fact.Id} | {fact.Statement} | {Label(fact.Kind)} | {fact.Source} | {result.Detail} | {Verdict(result)} |\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Verdict(FactResult result) =>
        result.Holds ? (result.Fact.NotEvidence is { } weak ? $"yes (not evidence: {weak})" : "yes") : result.Fact.KnownToFail is { } why ? $"**no** (known: {why})" : "**no**";

    private static string Label(FactKind kind) => kind == FactKind.Mechanism ? "mechanism check" : "emergent";
}
