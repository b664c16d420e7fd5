using Spectre.Console;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Commands;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>What sweep and sensitivity share: open the output folder and the journal, run what is not
/// finished, and on success write the outputs (staged, then moved into place) and drop the journal.
/// Interrupted (Ctrl-C, SIGTERM), it keeps every finished run and says how to continue.</summary>
public static class ExperimentCommand
{
    public delegate Task WriteOutputs(OutputFolder output, ExperimentResults results, ExperimentReport report, DateTime startedUtc);

    /// <param name="report">prints the closing summary, once the outputs are in place</param>
    public static int Execute(PreparedExperiment experiment, string folder, ClusterChoice? cluster, int? parallelOption, WriteOutputs write,
        Action<ExperimentResults, ExperimentReport, string> report)
    {
        if (parallelOption is < 1 or > 1024) throw new UsageError("--parallel", $"expected a whole number from 1 to 1024, found {parallelOption}");
        int parallel = parallelOption ?? Environment.ProcessorCount;
        var console = AnsiConsole.Console;
        var started = DateTime.UtcNow;
        using var output = OutputFolder.Open(folder);
        DiskEstimate.Check(experiment, output.Target);
        var journal = ExperimentJournal.Open(output.Target, experiment.Fingerprint, CommandLine());
        using var interrupt = new InterruptSignal();
        ExperimentReport execution;
        try
        {
            execution = ExperimentExecution.Run(experiment, journal, cluster, parallel, console, interrupt.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
        {
            int kept = journal.Finished().Count;
            Console.Error.WriteLine($"stopped: {kept} of {experiment.Plan.RunCount} runs are finished and kept in {journal.Folder}. " +
                "Run the same command again to continue.");
            return CliErrors.Interrupted;
        }
        var results = ExperimentResults.Load(experiment, journal);
        write(output, results, execution, started).GetAwaiter().GetResult();
        output.Commit();
        journal.Delete();
        report(results, execution, output.Target);
        if (output.ReplacementNote is string note) Console.WriteLine(note);
        return CliErrors.Ok;
    }

    /// <summary>The command as typed (arguments with spaces quoted), for the manifest and the journal;
    /// a password in a --cluster connection string is replaced by ***.</summary>
    public static string CommandLine() =>
        string.Join(' ', ["wijksim", .. Environment.GetCommandLineArgs().Skip(1).Select(ConnectionSecrets.Redact).Select(Quoted)]);

    /// <summary>An argument as a shell needs it: quoted when it holds anything but plain characters
    /// (a space, or the ';' of a connection string).</summary>
    private static string Quoted(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "_./=:,+-@%".Contains(c)) ? argument : $"\"{argument}\"";
}
