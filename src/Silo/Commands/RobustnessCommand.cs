using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WijkSim.Experiments.Calibration;
using WijkSim.Experiments.Design;
using WijkSim.Experiments.Robustness;
using WijkSim.Experiments.Stories;
using WijkSim.Scenarios.Facts;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Robustness;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim robustness [--scenarios DIR] [--facts PREFIX] [--posterior posterior.csv | --vary key=lo:hi ...]
/// [--samples N] [--seeds N] [--oat 0.1,0.2] [--oat-keys KEY ...]</c>: does each fact survive the uncertainty in its unsourced numbers?</summary>
public static class RobustnessCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--scenarios") { Description = "the folder of scenario files the facts run on", DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "scenarios") };
        var facts = new Option<string[]>("--facts") { Description = "only the facts whose id starts with this (repeatable), e.g. --facts jan-eef", DefaultValueFactory = _ => [] };
        var posterior = new Option<string?>("--posterior") { Description = "a calibration's posterior.csv: evaluate the facts at draws from its last generation" };
        var vary = new Option<string[]>("--vary") { Description = "a key and its range, key=lo:hi, sampled by a Latin hypercube (repeatable)", DefaultValueFactory = _ => [] };
        var samples = new Option<int>("--samples") { Description = "parameter points of the hypercube or posterior draws", DefaultValueFactory = _ => 20 };
        var oat = new Option<string>("--oat") { Description = "changes of each ASSUMPTION amount, one at a time (both signs), e.g. 0.1,0.2; 'none' to skip", DefaultValueFactory = _ => "0.1,0.2" };
        var amounts = new Option<string>("--oat-amounts") { Description = "what --oat moves: 'assumptions' (the numbers the scenario files mark ASSUMPTION or calibrated:) or 'rules' (every coefficient under rules.*, in every scenario of the facts)", DefaultValueFactory = _ => "assumptions" };
        var list = new Option<bool>("--list-amounts") { Description = "print what --oat would move (key, value as written, scenarios; tab-separated) and run nothing" };
        var keys = new Option<string[]>("--oat-keys") { Description = "move only these amounts (repeatable; keys as robustness.csv names them, e.g. funders[0].threshold, or initiatives[0].transparency=0.9 for the one amount written so), to add their rows to a table without rerunning the rest", DefaultValueFactory = _ => [] };
        var options = new ExperimentOptions();
        var command = new Command("robustness", "evaluate every stylised fact across parameter uncertainty and one-at-a-time changes of each ASSUMPTION amount; writes robustness.csv, robustness.md, robustness.png")
        {
            folder, facts, posterior, vary, samples, oat, amounts, keys, list,
        };
        options.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Execute(parse.GetValue(folder)!, parse.GetValue(facts) ?? [], parse.GetValue(posterior),
            parse.GetValue(vary) ?? [], parse.GetValue(samples), parse.GetValue(oat)!, MovesRules(parse.GetValue(amounts)!), parse.GetValue(keys) ?? [], parse.GetValue(list), options.Read(parse))));
        return command;
    }

    private static int Execute(string folder, string[] prefixes, string? posteriorPath, string[] varyTexts, int samples, string oatText, bool rules, string[] keys, bool listOnly, ExperimentSettings settings)
    {
        if (!Directory.Exists(folder)) throw new UsageError("--scenarios", $"expected a folder of scenario files, found '{folder}', which does not exist");
        StoriesFolderNote.WarnIfMissing(folder);
        var book = FactBook.All(new NamedScenarios(folder));
        var facts = book.Where(f => prefixes.Length == 0 || prefixes.Any(p => f.Id.StartsWith(p, StringComparison.Ordinal))).ToArray();
        if (facts.Length == 0)
            throw new UsageError("--facts", $"no fact id starts with {string.Join(" or ", prefixes.Select(p => $"'{p}'"))}; the facts are {string.Join(", ", book.Select(f => f.Id))}");
        if (posteriorPath is not null && varyTexts.Length > 0) throw new UsageError("--posterior", "give either --posterior or --vary, not both");
        if (samples is < 2 or > 100_000) throw new UsageError("--samples", $"expected a whole number from 2 to 100000, found {samples}");
        var changes = ParseChanges(oatText);
        var sample = posteriorPath is not null ? PosteriorDraws.Read(posteriorPath, samples, settings.Seed)
            : varyTexts.Length > 0 ? ParameterSample.Hypercube(varyTexts.Select(t => CalibrationParameter.Parse(t, "--vary").Factor).ToArray(), samples, settings.Seed)
            : null;

        var plan = RobustnessPlan.Create(new NamedScenarios(folder), facts, settings, changes, sample, rules, keys.Distinct().ToArray());
        if (listOnly)
        {
            Console.Out.Write(plan.AmountsTable());
            return CliErrors.Ok;
        }
        string output = settings.Output ?? Path.Combine("robustness", prefixes.Length == 1 ? prefixes[0].TrimEnd('.') : "all");
        string fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plan.Fingerprint + "\n" + string.Join(' ', prefixes))));
        RobustnessReport? report = null;
        int exit = StagedExperiment.Execute(output, fingerprint, settings.Cluster, settings.Parallel, async (staged, outputs) =>
        {
            report = await plan.Run(staged);
            RobustnessOutputs.Write(outputs, report, settings.NoPlots, ExperimentCommand.CommandLine(), staged.Report, staged.RunsPerSilo);
        });
        if (exit == CliErrors.Ok && report is not null)
        {
            Console.WriteLine(RobustnessOutputs.Markdown(report));
            Console.WriteLine($"outputs in {Path.GetFullPath(output)}");
        }
        return exit;
    }

    private static bool MovesRules(string amounts) => amounts switch
    {
        "assumptions" => false,
        "rules" => true,
        _ => throw new UsageError("--oat-amounts", $"expected 'assumptions' or 'rules', found '{(amounts.Length > 40 ? amounts[..40] + "..." : amounts)}'"),
    };

    private static double[] ParseChanges(string text)
    {
        if (text.Trim() == "none") return [];
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new List<double>();
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v > 0) || v >= 1)
                throw new UsageError("--oat", $"expected relative changes between 0 and 1 separated by commas (e.g. 0.1,0.2), or 'none'; found '{(part.Length > 40 ? part[..40] + "..." : part)}'");
            values.Add(v);
        }
        return [.. values.Distinct().Order()];
    }
}
