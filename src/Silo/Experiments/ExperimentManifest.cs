namespace WijkSim.Silo.Experiments;

/// <summary>manifest.json of an experiment: the full command, every scenario's hash, the design and its
/// points, the seeds, versions, timings and how many runs each silo did. With it (and the scenario
/// files of those hashes) anyone can rerun the experiment and get the same runs.csv.</summary>
public static class ExperimentManifest
{
    public static void Write(string path, ExperimentResults results, ExperimentReport report, string command, object design, DateTime startedUtc)
    {
        var experiment = results.Experiment;
        var plan = experiment.Plan;
        ManifestParts.Write(path, ManifestParts.Versions(command), new
        {
            Scenarios = experiment.Scenarios.Select(s => new { s.Path, s.Config.Name, s.Sha256, s.Files, s.Settings }),
            Design = design,
            Factors = plan.Factors.Select(f => new { f.Key, f.Levels, Low = f.IsRange ? f.Low : (double?)null, High = f.IsRange ? f.High : (double?)null, f.Steps }),
            Points = plan.Points.Select(p => new
            {
                p.Index,
                Scenario = experiment.ScenarioName(p.Index),
                Values = plan.Factors.Select((f, i) => (f.Key, Value: p.Values[i])).ToDictionary(x => x.Key, x => x.Value),
            }),
            plan.Replications,
            Seeds = new { First = plan.FirstSeed, Last = plan.FirstSeed + (ulong)plan.Replications - 1 },
            WeeksOverride = experiment.Weeks,
            Runs = plan.RunCount,
            experiment.Fingerprint,
            StartedUtc = startedUtc.ToString("O"),
        }, ManifestParts.Execution(report, results.RunsPerSilo));
    }
}
