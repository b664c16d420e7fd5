using System.CommandLine;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim facts [--first-seed S] [--seeds N]</c>: evaluate every stylised fact over seeds S to S+N−1 and print
/// the table. A second, disjoint range of seeds (e.g. --first-seed 1000) checks that the facts were not fitted to seeds 1–100.</summary>
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
        var command = new Command("facts", "check the stylised facts of the cases over many seeds") { seeds, firstSeed, folder };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            int n = parse.GetValue(seeds);
            if (n is < 10 or > 10000) throw new UsageError("--seeds", $"expected a whole number from 10 to 10000, found {n}");
            ulong first = parse.GetValue(firstSeed);
            if (first is 0 or > ulong.MaxValue - 10000) throw new UsageError("--first-seed", $"expected a whole number from 1 to {ulong.MaxValue - 10000}, found {first}");
            var runner = new FactRunner(parse.GetValue(folder)!, n, first);
            // Markdown rows: readable in a terminal and pasted as they are into docs/model.md.
            Console.WriteLine($"| case | fact | source | measured over seeds {first}–{first + (ulong)n - 1} | holds |");
            Console.WriteLine("|---|---|---|---|---|");
            int failed = 0;
            foreach (var fact in FactCatalogue.All)
            {
                var result = runner.Evaluate(fact);
                if (!result.Holds) failed++;
                Console.WriteLine($"| {fact.Case} | {fact.Statement} | {fact.Source} | {result.Detail} | {(result.Holds ? "yes" : "**no**")} |");
            }
            return failed == 0 ? CliErrors.Ok : CliErrors.Internal;
        }));
        return command;
    }
}
