using System.CommandLine;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using WijkSim.Silo.Commands;

namespace WijkSim.Benchmarks;

/// <summary><c>calibrate</c> and <c>sensitivity --method sobol</c> against <c>sweep</c> doing the same
/// runs: the same scenario (Jan Eef, one year), the same varied keys and ranges, as many points and
/// replications. Each operation is one whole command as a user runs it (embedded silo, 2 runs at
/// once, outputs written, no plots), so the difference is the method's own work: proposals,
/// distances and weights for ABC-SMC; the Saltelli design and the bootstrap for Sobol; and its
/// batches (ABC-SMC waits for each batch before it proposes the next). "Runs/s" divides the runs of
/// the command by its mean time.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
[GcServer(true)]
public class ExperimentMethodBenchmark
{
    private const string Costs = "initiatives[0].fixed_costs_per_year=8000:20000", Drop = "municipality.alderman_drop_probability=0:0.5";
    private const int Replications = 2;

    /// <summary>Runs of each method's command. ABC-SMC proposes until it has accepted its particles, so
    /// its count follows from the model; <see cref="Setup"/> checks it against the manifest and fails
    /// with the new count when a model change moves it.</summary>
    public static readonly IReadOnlyDictionary<string, int> Runs = new Dictionary<string, int>
    {
        ["calibrate"] = CalibrateParticles * Replications,
        ["sobol"] = SobolSamples * 4 * Replications, // N × (k + 2) points, k = 2 factors
    };

    private const int CalibrateParticles = 284; // simulated particles: 100 of the prior sample + proposals of generation 1
    private const int SobolSamples = 50;

    private string _folder = "", _targets = "";
    private int _invocation;

    [Params("calibrate", "sobol")]
    public string Method { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("wijksim-bench-methods").FullName;
        _targets = Path.Combine(_folder, "targets.yaml");
        File.WriteAllText(_targets, """
            targets:
              - id: cash
                measure: cash
                observed: 15000
                source: "ASSUMPTION: a benchmark target"
            """);
        if (Method == "calibrate")
        {
            string manifest = Path.Combine(_folder, "probe", "manifest.json");
            Invoke(CalibrateCommand.Create(), CalibrateArguments, output: Path.GetDirectoryName(manifest));
            int simulated = JsonDocument.Parse(File.ReadAllText(manifest)).RootElement.GetProperty("particles_simulated").GetInt32();
            if (simulated != CalibrateParticles)
                throw new InvalidOperationException($"calibrate simulated {simulated} particles, not {CalibrateParticles}: set CalibrateParticles to {simulated}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "sweep of the same runs")]
    public void Sweep()
    {
        string[] vary = Method == "calibrate" ? ["--vary", Costs] : ["--vary", Costs, "--vary", Drop];
        Invoke(SweepCommand.Create(), ["sweep", Scenarios.Path("jan-eef.yaml"), "--design", "lhs",
            "--samples", $"{Runs[Method] / Replications}", .. vary]);
    }

    [Benchmark(Description = "the method")]
    public void RunMethod()
    {
        if (Method == "calibrate")
            Invoke(CalibrateCommand.Create(), CalibrateArguments);
        else
            Invoke(SensitivityCommand.Create(), ["sensitivity", Scenarios.Path("jan-eef.yaml"), "--method", "sobol", "--samples", $"{SobolSamples}",
                "--factor", Costs, "--factor", Drop]);
    }

    private string[] CalibrateArguments =>
        ["calibrate", Scenarios.Path("jan-eef.yaml"), "--targets", _targets, "--param", Costs, "--particles", "100", "--generations", "1"];

    /// <param name="output">a folder to keep; by default a fresh one, deleted after the command</param>
    private void Invoke(Command command, string[] args, string? output = null)
    {
        bool keep = output is not null;
        output ??= Path.Combine(_folder, $"out-{_invocation++}");
        int exit = new RootCommand { command }.Parse([.. args, "--replications", $"{Replications}", "--weeks", "52", "--parallel", "2",
            "--no-plots", "--out", output]).Invoke();
        if (exit != 0) throw new InvalidOperationException($"{args[0]} exited with {exit}");
        if (!keep) Directory.Delete(output, recursive: true);
    }
}
