using Spectre.Console;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Commands;
using WijkSim.Silo.Hosting;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>A method that runs its runs in batches, each chosen from the results of the ones before it
/// (calibrate's generations, robustness's stages). Each batch is an experiment of its own with its own
/// journal; since a batch is a pure function of the method's inputs and the batches before it, running
/// the same command again finds the same batches, takes the finished ones from their journals and runs
/// only what is missing. The grains are started once, when the first batch needs them.</summary>
public sealed class StagedExperiment : IAsyncDisposable
{
    private readonly string _outputFolder, _command;
    private readonly ClusterChoice? _cluster;
    private readonly int _parallel;
    private readonly IAnsiConsole _console;
    private readonly CancellationToken _cancellation;
    private GrainSession? _session;
    private readonly SortedDictionary<string, int> _runsPerSilo = new(StringComparer.Ordinal);
    private int _runsNow, _runsResumed;
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();

    private StagedExperiment(string outputFolder, string command, ClusterChoice? cluster, int parallel, IAnsiConsole console, CancellationToken cancellation)
    {
        _outputFolder = outputFolder;
        _command = command;
        _cluster = cluster;
        _parallel = parallel;
        _console = console;
        _cancellation = cancellation;
    }

    /// <param name="fingerprint">of everything the method's batches follow from: another command cannot resume into this folder</param>
    public static StagedExperiment Open(string outputFolder, string fingerprint, string command, ClusterChoice? cluster, int parallel,
        IAnsiConsole console, CancellationToken cancellation)
    {
        ExperimentJournal.Open(outputFolder, fingerprint, command); // claims the folder for this method (or refuses)
        return new StagedExperiment(outputFolder, command, cluster, parallel, console, cancellation);
    }

    public CancellationToken Cancellation => _cancellation;

    /// <summary>Runs one batch (what its journal lacks) and returns its results.</summary>
    /// <param name="stage">a name unique within the method, used as the journal's folder name</param>
    /// <param name="label">what the progress bar calls it</param>
    public async Task<ExperimentResults> Run(string stage, string label, PreparedExperiment experiment)
    {
        var journal = ExperimentJournal.Open(_outputFolder, experiment.Fingerprint, _command, stage);
        int finished = journal.Finished().Count;
        if (finished < experiment.Plan.RunCount)
        {
            _session ??= await GrainSession.Open(_cluster, _parallel, _cancellation);
            var report = await ExperimentExecution.Run(_session, experiment, journal, _console, label, _cancellation);
            _runsNow += report.RunsNow;
        }
        _runsResumed += finished;
        var results = ExperimentResults.Load(experiment, journal);
        foreach (var (silo, runs) in results.RunsPerSilo) _runsPerSilo[silo] = _runsPerSilo.GetValueOrDefault(silo) + runs;
        return results;
    }

    /// <summary>How the whole method went, for the manifest.</summary>
    public ExperimentReport Report => new(_runsNow, _runsResumed, _wall.Elapsed, _session?.Silos ?? 0, _parallel,
        _session?.Hosting ?? GrainHosting.Describe(_cluster));

    public IReadOnlyDictionary<string, int> RunsPerSilo => _runsPerSilo;

    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }

    /// <summary>What calibrate and robustness share with sweep: open the folder, run the method's batches,
    /// write its outputs (staged, then moved into place) and drop the journals; interrupted, keep every
    /// finished run and say how to continue.</summary>
    /// <param name="method">runs the batches and writes the outputs into the staging folder</param>
    public static int Execute(string folder, string fingerprint, ClusterChoice? cluster, int? parallelOption,
        Func<StagedExperiment, OutputFolder, Task> method)
    {
        if (parallelOption is < 1 or > 1024) throw new UsageError("--parallel", $"expected a whole number from 1 to 1024, found {parallelOption}");
        using var output = OutputFolder.Open(folder);
        using var interrupt = new InterruptSignal();
        var staged = Open(output.Target, fingerprint, ExperimentCommand.CommandLine(), cluster, parallelOption ?? Environment.ProcessorCount,
            AnsiConsole.Console, interrupt.Token);
        try
        {
            method(staged, output).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine($"stopped: the finished runs are kept in {Path.Combine(output.Target, ".experiment")}. Run the same command again to continue.");
            return CliErrors.Interrupted;
        }
        finally
        {
            staged.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        output.Commit();
        if (output.ReplacementNote is string note) Console.WriteLine(note);
        ExperimentJournal.DeleteAll(output.Target);
        return CliErrors.Ok;
    }
}
