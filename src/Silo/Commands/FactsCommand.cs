using System.CommandLine;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim facts [--seeds N]</c>: evaluate every stylised fact over N seeds and print the table.</summary>
public static class FactsCommand
{
    public static Command Create()
    {
        var seeds = new Option<int>("--seeds") { Description = "seeds per scenario", DefaultValueFactory = _ => 100 };
        var folder = new Option<string>("--scenarios")
        {
            Description = "the folder of scenario files",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "scenarios"),
        };
        var command = new Command("facts", "check the stylised facts of the cases over many seeds") { seeds, folder };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            int n = parse.GetValue(seeds);
            if (n is < 10 or > 10000) throw new UsageError("--seeds", $"expected a whole number from 10 to 10000, found {n}");
            var runner = new FactRunner(parse.GetValue(folder)!, n);
            // Markdown rows: readable in a terminal and pasted as they are into docs/model.md.
            Console.WriteLine($"| case | fact | source | measured over {n} seeds | holds |");
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
