using System.CommandLine;
using WijkSim.Experiments.Stories;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim facts [--first-seed S] [--seeds N] [--set key=value]...</c>: evaluate every stylised fact over seeds
/// S to S+N−1 and print the table. A second, disjoint range of seeds (e.g. --first-seed 1000) checks that the facts were not
/// fitted to seeds 1–100. <c>--set</c> changes a rule or amount in every scenario of the facts, so a modelling round's
/// registered command is literally <c>facts --set ...</c> (before, rounds went through <c>robustness --oat none</c>).</summary>
public static class FactsCommand
{
    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "seeds per scenario", DefaultValueFactory = _ => 100 };
        var firstSeed = new Option<ulong>("--first-seed") { Description = "the first seed: the facts run on seeds S to S+N-1", DefaultValueFactory = _ => 1 };
        var folder = new Option<string>("--scenarios")
        {
            Description = "the folder of scenario files",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "scenarios"),
        };
        var settings = new Option<string[]>("--set")
        {
            Description = "override a scenario key in every scenario of the facts, e.g. --set rules.participation.peer_weight=0 (repeatable)",
            DefaultValueFactory = _ => [],
        };
        var command = new Command("facts", "check the stylised facts of the cases over many seeds") { seeds, firstSeed, folder, settings };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            int n = parse.GetValue(seeds);
            if (n is < 10 or > 10000) throw new UsageError("--seeds", $"expected a whole number from 10 to 10000, found {n}");
            ulong first = parse.GetValue(firstSeed);
            if (first is 0 or > ulong.MaxValue - 10000) throw new UsageError("--first-seed", $"expected a whole number from 1 to {ulong.MaxValue - 10000}, found {first}");
            string scenarios = parse.GetValue(folder)!;
            StoriesFolderNote.WarnIfMissing(scenarios);
            var book = FactBook.All(new NamedScenarios(scenarios));
            string[] overrides = parse.GetValue(settings) ?? [];
            var runner = new FactRunner(scenarios, n, first, overrides);
            // Every scenario is loaded before the first row is printed: a wrong --set is refused with nothing run.
            foreach (var name in book.SelectMany(NamedScenarios.Of).Distinct()) runner.Load(name);
            string with = overrides.Length == 0 ? "" : " with " + string.Join(" ", overrides.Select(o => $"--set {o}"));
            // Markdown tables, readable in a terminal and pasted as they are into docs/model.md: the held-out
            // emergent patterns first (the only ones a validation claim may rest on), then the calibration
            // targets, then the mechanism checks.
            var groups = new (string Title, Func<Fact, bool> Member)[]
            {
                ("Held out, emergent: the validation", f => f.Use == FactUse.Validation && f.Kind == FactKind.Emergent),
                ("Calibration targets", f => f.Use == FactUse.Calibration),
                ("Held out, mechanism checks: the code does what it says", f => f.Use == FactUse.Validation && f.Kind == FactKind.Mechanism),
            };
            int failed = 0;
            foreach (var (title, member) in groups)
            {
                var facts = book.Where(member).ToArray();
                var results = facts.Select(runner.Evaluate).ToArray();
                failed += results.Count(r => !r.Holds);
                int holding = results.Count(r => r.Holds), evidence = results.Count(r => r.Holds && r.Fact.NotEvidence is null);
                // A check that holds but is no evidence (it cannot fail, or a timer decides it) is counted apart.
                string apart = evidence < holding ? $" ({evidence} of them count as evidence)" : "";
                Console.WriteLine($"### {title}: {holding} of {results.Length} hold{apart}");
                Console.WriteLine();
                Console.WriteLine($"| case | id | fact | kind | source | measured over seeds {first}–{first + (ulong)n - 1}{with} | holds |");
                Console.WriteLine("|---|---|---|---|---|---|---|");
                foreach (var result in results)
                {
                    var fact = result.Fact;
                    Console.WriteLine($"| {fact.Case} | {fact.Id} | {fact.Statement} | {Label(fact.Kind)} | {fact.Source} | {result.Detail} | {Verdict(result)} |");
                }
                Console.WriteLine();
            }
            return failed == 0 ? CliErrors.Ok : CliErrors.Internal;
        }));
        return command;
    }

    private static string Verdict(FactResult result) =>
        result.Holds ? (result.Fact.NotEvidence is { } weak ? $"yes (not evidence: {weak})" : "yes") : result.Fact.KnownToFail is { } why ? $"**no** (known: {why})" : "**no**";

    private static string Label(FactKind kind) => kind == FactKind.Mechanism ? "mechanism check" : "emergent";
}
