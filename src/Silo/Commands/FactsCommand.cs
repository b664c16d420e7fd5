using System.CommandLine;
using WijkSim.Experiments.Stories;
using WijkSim.Scenarios.Facts;
using WijkSim.Silo.Facts;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim facts [--first-seed S] [--seeds N] [--set key=value]... [--out DIR]</c>: evaluate every stylised
/// fact over seeds S to S+N−1 and print the table. A second, disjoint range of seeds (e.g. --first-seed 1000) checks that
/// the facts were not fitted to seeds 1–100. <c>--set</c> changes a rule or amount in every scenario of the facts, so a
/// modelling round's registered command is literally <c>facts --set ...</c> (before, rounds went through
/// <c>robustness --oat none</c>). <c>--out</c> also writes the tables, a CSV and a manifest (<see cref="FactsOutputs"/>).</summary>
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
        var output = new Option<string?>("--out") { Description = "also write facts.md, facts.csv and manifest.json into this folder" };
        var command = new Command("facts", "check the stylised facts of the cases over many seeds") { seeds, firstSeed, folder, settings, output };
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
            // Every scenario is loaded, and the output folder opened, before the first run: a wrong --set or an
            // unwritable folder is refused with nothing run.
            foreach (var name in book.SelectMany(NamedScenarios.Of).Distinct()) runner.Load(name);
            using var outputs = parse.GetValue(output) is { } dir ? OutputFolder.Open(dir) : null;

            var tables = FactsTables.Evaluate(book, runner);
            string with = overrides.Length == 0 ? "" : " with " + string.Join(" ", overrides.Select(o => $"--set {o}"));
            string markdown = tables.Markdown($"measured over seeds {first}–{first + (ulong)n - 1}{with}");
            Console.Write(markdown);
            if (outputs is not null)
            {
                FactsOutputs.Write(outputs, tables, markdown, runner, scenarios, first, n, overrides);
                outputs.Commit();
                // stderr: the tables on stdout are often redirected into a file that must hold only them.
                Console.Error.WriteLine($"outputs in {outputs.Target}");
                if (outputs.ReplacementNote is string note) Console.Error.WriteLine(note);
            }
            return tables.Failed == 0 ? CliErrors.Ok : CliErrors.Internal;
        }));
        return command;
    }
}
