using WijkSim.Experiments.Stories;
using WijkSim.Scenarios.Facts;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Facts;

/// <summary>What <c>facts --out DIR</c> writes: facts.md (the tables as printed), facts.csv (one row per fact and story
/// check, for pandas or R: two seed ranges, or a round's arms, are joined on <c>id</c>), facts-by-seed.csv (each seed's
/// outcome, so that two arms on the same seeds can be compared seed by seed, e.g. by McNemar's test) and manifest.json (the command,
/// the versions, the seeds, the settings and the SHA-256 of every scenario and story file the facts read, so a table in
/// docs/ can be traced to what made it).</summary>
public static class FactsOutputs
{
    public static void Write(OutputFolder output, FactsTables tables, string markdown, FactRunner runner, string scenarioFolder,
        ulong firstSeed, int seeds, IReadOnlyList<string> settings)
    {
        File.WriteAllText(output.Stage("facts.md"), markdown);
        using (var w = Csv.Create(output.Stage("facts.csv")))
        {
            w.WriteLine("id,case,kind,use,evidence,known_to_fail,statistic,value,needs,holds,first_seed,seeds");
            foreach (var r in tables.Results)
            {
                var f = r.Fact;
                // A share of seeds must reach its threshold; a counterfactual's p-value must stay below alpha.
                var (statistic, needs) = f switch
                {
                    ShareFact s => ("share_of_seeds", s.Threshold),
                    CompareFact => ("p_value", CompareFact.Alpha),
                    _ => throw new InvalidOperationException($"no statistic for a fact of type {f.GetType().Name}"),
                };
                w.WriteLine(string.Join(',', Csv.Text(f.Id), Csv.Text(f.Case), f.Kind == FactKind.Mechanism ? "mechanism" : "emergent",
                    f.Use == FactUse.Calibration ? "calibration" : "validation", f.NotEvidence is null ? "1" : "0", f.KnownToFail is null ? "0" : "1",
                    statistic, Csv.Number(r.Value), Csv.Number(needs), r.Holds ? "1" : "0", Csv.Number(firstSeed), Csv.Number(seeds)));
            }
        }
        WriteBySeed(output.Stage("facts-by-seed.csv"), tables, runner);
        var names = tables.Results.SelectMany(r => NamedScenarios.Of(r.Fact)).Distinct().Order(StringComparer.Ordinal);
        string stories = FactBook.StoriesFolder(scenarioFolder);
        ManifestParts.Write(output.Stage("manifest.json"), ManifestParts.Versions(ExperimentCommand.CommandLine()), new
        {
            Seeds = new { First = firstSeed, Count = seeds },
            Settings = settings,
            ScenarioFolder = Path.GetFullPath(scenarioFolder),
            Scenarios = names.Select(n => runner.Load(n)).Select(s => new { s.Config.Name, s.Path, s.Sha256 }).ToArray(),
            StoryFiles = Directory.Exists(stories)
                ? Directory.EnumerateFiles(stories, "*.yaml").Order(StringComparer.Ordinal)
                    .Select(p => new { Path = p, Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))) }).ToArray()
                : [],
            Holding = tables.Results.Count(r => r.Holds),
            Failing = tables.Failed,
        });
    }

    /// <summary>One row per fact and seed: a fact of single runs gives whether it holds in that seed's run, and a
    /// story check also the statistic its verdict reads (NA where a run has no value, e.g. an end ratio from a first
    /// quarter of 0; a guarded check fails in an ended run whatever it reads); a counterfactual gives its measure in
    /// each of its two scenarios (two rows per seed). The runs are the ones the
    /// tables were computed from (the runner keeps them), so nothing runs again.</summary>
    private static void WriteBySeed(string path, FactsTables tables, FactRunner runner)
    {
        using var w = Csv.Create(path);
        w.WriteLine("id,scenario,seed,holds,value");
        foreach (var r in tables.Results)
        {
            switch (r.Fact)
            {
                case ShareFact s:
                    foreach (var run in runner.Runs(s.Scenario).Runs)
                        w.WriteLine(string.Join(',', Csv.Text(s.Id), Csv.Text(s.Scenario), Csv.Number(run.Seed), s.Holds(run) ? "1" : "0",
                            s.Measure is { } measure ? Csv.NumberOrNa(measure(run)) : "NA"));
                    break;
                case CompareFact c:
                    foreach (var scenario in new[] { c.ScenarioA, c.ScenarioB })
                        foreach (var run in runner.Runs(scenario).Runs)
                            w.WriteLine(string.Join(',', Csv.Text(c.Id), Csv.Text(scenario), Csv.Number(run.Seed), "NA", Csv.NumberOrNa(c.Measure(run))));
                    break;
            }
        }
    }
}
