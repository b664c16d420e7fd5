using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using Spectre.Console;
using WijkSim.Experiments.Calibration;
using WijkSim.Experiments.Design;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Silo.Calibration;
using WijkSim.Silo.Experiments;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim calibrate SCENARIO.yaml --targets TARGETS.yaml --param key=lo:hi[:log] ... [--method abc-smc]
/// [--particles N] [--generations G] [--replications R]</c>: ABC-SMC on the run grains.</summary>
public static class CalibrateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "the scenario to calibrate (YAML)" };
        var targets = new Option<string>("--targets") { Description = "the targets file (YAML): statistics with observed values and sources", Required = true };
        var parameters = new Option<string[]>("--param")
        {
            Description = "a parameter and its prior: key=lo:hi (uniform) or key=lo:hi:log (log-uniform); repeatable",
            DefaultValueFactory = _ => [],
        };
        var method = new Option<string>("--method") { Description = "the calibration method", DefaultValueFactory = _ => "abc-smc" };
        method.AcceptOnlyFromAmong("abc-smc");
        var particles = new Option<int>("--particles") { Description = "accepted particles per generation", DefaultValueFactory = _ => 100 };
        var generations = new Option<int>("--generations") { Description = "the most generations after the prior sample", DefaultValueFactory = _ => 5 };
        var quantile = new Option<double>("--quantile") { Description = "each tolerance is this quantile of the last generation's distances", DefaultValueFactory = _ => 0.5 };
        var options = new ExperimentOptions();
        var command = new Command("calibrate", "fit parameters to targets by ABC-SMC; writes posterior.csv, calibrated.yaml, posterior.md, posterior.png and manifest.json")
        {
            scenario, targets, parameters, method, particles, generations, quantile,
        };
        options.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Execute(parse.GetValue(scenario)!, parse.GetValue(targets)!, parse.GetValue(parameters) ?? [],
            parse.GetValue(particles), parse.GetValue(generations), parse.GetValue(quantile), options.Read(parse))));
        return command;
    }

    private static int Execute(string scenarioPath, string targetsPath, string[] paramTexts, int particles, int generations, double quantile, ExperimentSettings settings)
    {
        if (paramTexts.Length == 0) throw new UsageError("--param", "name at least one parameter to calibrate, e.g. --param initiatives[0].fixed_costs_per_year=8000:20000");
        if (particles is < 5 or > 100_000) throw new UsageError("--particles", $"expected a whole number from 5 to 100000, found {particles}");
        if (generations is < 0 or > 100) throw new UsageError("--generations", $"expected a whole number from 0 to 100, found {generations}");
        if (quantile is not (> 0 and < 1)) throw new UsageError("--quantile", $"expected a number between 0 and 1, found {quantile}");
        var parameters = paramTexts.Select(t => CalibrationParameter.Parse(t)).ToArray();
        var loaded = ScenarioLoader.Load(scenarioPath, settings.Settings);
        var named = new NamedScenarios(Path.GetDirectoryName(Path.GetFullPath(scenarioPath))!);
        var targetList = TargetFile.Load(targetsPath, loaded.Config, named);
        string main = loaded.Config.Name;
        var names = targetList.SelectMany(t => t.Scenarios).Prepend(main).Distinct().ToArray();
        LoadedScenario Load(string name, IReadOnlyList<string>? varied)
        {
            var own = varied is null ? null : ScenarioScope.For(name, varied); // a scoped --param sets its case only
            return name == main ? ScenarioLoader.Load(scenarioPath, settings.Settings, own) : named.Load(name, settings.Settings, own, variedYieldsToFileSets: true);
        }
        foreach (var p in parameters) // both ends of every prior, in every scenario, before anything runs
            foreach (var name in names)
                foreach (var end in new[] { p.Low, p.High }) Load(name, [$"{p.Key}={p.Format(end)}"]);

        var abcSettings = new AbcSettings(particles, generations, quantile);
        var abc = new AbcSmc(parameters, targetList.Select(t => t.Observation).ToArray(), abcSettings, settings.Seed);
        string folder = settings.Output ?? Path.Combine("calibrations", main);
        string fingerprint = Fingerprint(names.Select(n => ModelConfigJson.Serialize(Load(n, null).Config)), File.ReadAllText(targetsPath),
            paramTexts, abcSettings, settings);
        var started = DateTime.UtcNow;
        AbcResult? result = null;
        int exit = StagedExperiment.Execute(folder, fingerprint, settings.Cluster, settings.Parallel, async (staged, output) =>
        {
            result = await abc.Run(async (g, round, values, cancellation) =>
            {
                var vectors = values.Select(v => v.Select((x, d) => parameters[d].Format(x)).ToArray()).ToArray();
                var batch = ScenarioBatch.Prepare(names, Load, parameters.Select(p => p.Factor).ToArray(), vectors, settings.Replications,
                    settings.Seed, settings.Weeks, "--param");
                var results = await staged.Run($"gen{g:D3}-batch{round:D3}", g == 0 ? "prior sample" : $"generation {g}" + (round > 0 ? $" (batch {round + 1})" : ""), batch.Experiment);
                return Enumerable.Range(0, vectors.Length).Select(v =>
                {
                    var runs = batch.Runs(results, v);
                    return targetList.Select(t => t.Evaluate(runs)).ToArray();
                }).ToArray();
            }, generation => AnsiConsole.MarkupLineInterpolated(
                $"generation {generation.Index}: tolerance {CalibrationOutputs.Show(generation.Tolerance)}, acceptance {generation.AcceptanceRate:P0}, ESS {generation.EffectiveSampleSize:0}"),
                staged.Cancellation);
            var record = new CalibrationRecord(loaded, targetsPath, targetList, parameters, abcSettings, settings, result, ExperimentCommand.CommandLine(), started);
            CalibrationOutputs.Write(output, record, staged.Report, staged.RunsPerSilo);
        });
        if (exit == CliErrors.Ok && result is not null)
        {
            Console.WriteLine(CalibrationOutputs.Table(PosteriorSummary.Of(result.Posterior, parameters)));
            AnsiConsole.MarkupLineInterpolated($"stopped because {result.StopReason}. Outputs in {Path.GetFullPath(folder)}");
        }
        return exit;
    }

    private static string Fingerprint(IEnumerable<string> configs, string targets, string[] parameters, AbcSettings abc, ExperimentSettings settings)
    {
        var text = new StringBuilder();
        foreach (var c in configs) text.AppendLine(c);
        text.AppendLine(targets).AppendLine(string.Join('\n', parameters)).AppendLine(abc.ToString())
            .AppendLine($"replications={settings.Replications} seed={settings.Seed} weeks={settings.Weeks}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
