using System.Globalization;
using System.Text;
using ScottPlot;
using WijkSim.Experiments.Calibration;
using WijkSim.Experiments.Design;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Calibration;

/// <summary>The files of <c>wijksim calibrate</c>: posterior.csv (every accepted particle of every
/// generation), calibrated.yaml (the scenario with the posterior medians, and the calibration record as
/// a comment), posterior.md (medians and 90% intervals), posterior.png and manifest.json.</summary>
public static class CalibrationOutputs
{
    public static void Write(OutputFolder output, CalibrationRecord record, ExperimentReport report, IReadOnlyDictionary<string, int> runsPerSilo)
    {
        WritePosteriorCsv(output.Stage("posterior.csv"), record);
        File.WriteAllText(output.Stage("calibrated.yaml"), CalibratedYaml(record, output.Target));
        File.WriteAllText(output.Stage("posterior.md"), Markdown(record));
        if (!record.Settings.NoPlots) CalibrationPlot.Write(output.Stage("posterior.png"), record);
        WriteManifest(output.Stage("manifest.json"), record, report, runsPerSilo);
    }

    private static void WritePosteriorCsv(string path, CalibrationRecord record)
    {
        using var w = Csv.Create(path);
        w.WriteLine(string.Join(',', ["generation", "tolerance", "particle", "weight", "distance",
            .. record.Parameters.Select(p => Csv.Text(p.Key)), .. record.Targets.Select(t => Csv.Text("stat_" + t.Id))]));
        foreach (var g in record.Result.Generations)
            foreach (var p in g.Accepted)
                w.WriteLine(string.Join(',', [Csv.Number(g.Index), Csv.NumberOrNa(g.Tolerance), Csv.Number(p.Proposal), Csv.Number(p.Weight),
                    Csv.NumberOrNa(p.Distance), .. p.Values.Select(Csv.Number), .. p.Statistics.Select(s => Csv.NumberOrNa(s))]));
    }

    /// <summary>The calibrated scenario: it extends the input and sets each parameter to its posterior median.</summary>
    private static string CalibratedYaml(CalibrationRecord record, string outputFolder)
    {
        var r = record.Result;
        var text = new StringBuilder();
        text.AppendLine($"# Calibrated by wijksim calibrate on {record.StartedUtc:yyyy-MM-dd} (UTC).");
        text.AppendLine($"# Command: {record.Command}");
        text.AppendLine($"# Method: ABC-SMC (Toni et al. 2009; Beaumont et al. 2009), adaptive tolerance (quantile {Show(record.Method.Quantile)}),");
        text.AppendLine($"#   {record.Method.Particles} particles, {r.Generations.Count - 1} generations after the prior sample, {record.Settings.Replications} seeds per particle");
        text.AppendLine($"#   (seeds {record.Settings.Seed}..{record.Settings.Seed + (ulong)record.Settings.Replications - 1}), {r.Simulations} particles simulated; stopped because {r.StopReason}.");
        text.AppendLine($"# Final tolerance {Show(r.Posterior.Tolerance)}, acceptance rate {Show(r.Posterior.AcceptanceRate)}, effective sample size {r.Posterior.EffectiveSampleSize:0}.");
        text.AppendLine($"# Targets ({Path.GetFileName(record.TargetsPath)}):");
        foreach (var t in record.Targets)
            text.AppendLine($"#   {t.Id}: {t.Describe()}, observed {Observed(t.Observation)}, weight {Show(t.Observation.Weight)}; source: {t.Source}");
        text.AppendLine("# Priors and posteriors (median, 90% credible interval):");
        foreach (var (p, s) in record.Parameters.Zip(record.Posterior))
            text.AppendLine($"#   {p}: {Show(s.Median)} [{Show(s.Low)}, {Show(s.High)}]");
        text.AppendLine("# A posterior median is one summary of a distribution; see posterior.csv for all of it.");
        string extends = Path.GetRelativePath(outputFolder, Path.GetFullPath(record.Scenario.Path)).Replace('\\', '/');
        text.AppendLine($"extends: {extends}");
        text.AppendLine($"name: {record.Scenario.Config.Name}-calibrated");
        text.AppendLine("set:");
        string main = record.Scenario.Config.Name;
        foreach (var (p, s) in record.Parameters.Zip(record.Posterior))
        {
            var (scope, key) = ScenarioScope.Split(p.Key);
            // A parameter scoped to another case is that case's amount: a comment here, for its own file.
            text.AppendLine(ScenarioScope.Applies(scope, main) ? $"  {key}: {p.Format(s.Median)}" : $"  # {scope}: {key}: {p.Format(s.Median)}");
        }
        return text.ToString();
    }

    public static string Markdown(CalibrationRecord record)
    {
        var text = new StringBuilder();
        text.AppendLine(Table(record.Posterior));
        text.AppendLine();
        text.AppendLine("| target | statistic | observed | posterior median | source |");
        text.AppendLine("|---|---|---|---|---|");
        var posterior = record.Result.Posterior;
        for (int k = 0; k < record.Targets.Count; k++)
        {
            var t = record.Targets[k];
            double median = WeightedQuantile.Of(posterior.Accepted.Select(p => p.Statistics[k]).ToArray(), posterior.Accepted.Select(p => p.Weight).ToArray(), 0.5);
            text.AppendLine($"| {t.Id} | {t.Describe()} | {Observed(t.Observation)} | {Show(median)} | {t.Source} |");
        }
        return text.ToString();
    }

    public static string Table(IReadOnlyList<PosteriorSummary> posterior)
    {
        var text = new StringBuilder();
        text.AppendLine("| parameter | prior | posterior median | 90% credible interval | interval / prior width |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var s in posterior)
            text.AppendLine($"| {s.Key} | {Show(s.PriorLow)} – {Show(s.PriorHigh)} | {Show(s.Median)} | {Show(s.Low)} – {Show(s.High)} | {s.WidthShare:P0} |");
        return text.ToString().TrimEnd();
    }

    private static void WriteManifest(string path, CalibrationRecord record, ExperimentReport report, IReadOnlyDictionary<string, int> runsPerSilo)
    {
        var r = record.Result;
        ManifestParts.Write(path, ManifestParts.Versions(record.Command), new
        {
            Scenario = new { record.Scenario.Path, record.Scenario.Config.Name, record.Scenario.Sha256, record.Scenario.Files, record.Scenario.Settings },
            Targets = new { Path = record.TargetsPath, Sha256 = Sha256(record.TargetsPath) },
            Method = new { Name = "abc-smc", record.Method.Particles, record.Method.Generations, record.Method.Quantile, record.Method.MinAcceptance, record.Method.MaxRounds },
            Priors = record.Parameters.Select(p => new { p.Key, p.Low, p.High, Log = p.Log }),
            record.Settings.Replications,
            Seed = record.Settings.Seed,
            WeeksOverride = record.Settings.Weeks,
            Generations = r.Generations.Select(g => new { g.Index, Tolerance = double.IsFinite(g.Tolerance) ? g.Tolerance : (double?)null, g.Proposals, Accepted = g.Accepted.Count, g.AcceptanceRate, g.EffectiveSampleSize }),
            Scales = r.Distance.Scales,
            r.StopReason,
            ParticlesSimulated = r.Simulations,
            StartedUtc = record.StartedUtc.ToString("O"),
        }, ManifestParts.Execution(report, runsPerSilo));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static string Observed(Observation o) => o.Low == o.High ? Show(o.Low) : $"[{Show(o.Low)}, {Show(o.High)}]";

    /// <summary>Four significant digits, written out (12750, not 1.275E+04).</summary>
    public static string Show(double value)
    {
        if (!double.IsFinite(value)) return "∞";
        if (value == 0) return "0";
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 3);
        double rounded = Math.Round(value / magnitude) * magnitude;
        return Math.Abs(value) is >= 1e-4 and < 1e9 ? rounded.ToString("0.########", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture);
    }
}
