using WijkSim.Experiments.Results;
using WijkSim.Model.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>The finished experiment as rows (one per run and initiative, in run order) and summaries per
/// design point, read back from the journal. Rows depend only on the journal's records, never on which
/// silo ran what or in which order, so equal experiments give equal files.</summary>
public sealed class ExperimentResults
{
    private ExperimentResults(PreparedExperiment experiment, ExperimentJournal journal, RunRow[] rows, IReadOnlyDictionary<string, int> runsPerSilo)
    {
        Experiment = experiment;
        Journal = journal;
        Rows = rows;
        RunsPerSilo = runsPerSilo;
        Summaries = PointSummary.From(rows);
    }

    public PreparedExperiment Experiment { get; }
    public ExperimentJournal Journal { get; }
    public RunRow[] Rows { get; }
    public IReadOnlyList<PointSummary> Summaries { get; }
    public IReadOnlyDictionary<string, int> RunsPerSilo { get; }

    public static ExperimentResults Load(PreparedExperiment experiment, ExperimentJournal journal)
    {
        var plan = experiment.Plan;
        var rows = new List<RunRow>();
        var silos = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (run, payload, records) in Runs(experiment, journal))
        {
            int point = plan.PointOf(run).Index;
            rows.AddRange(RunRow.From(run, point, plan.ReplicationOf(run), plan.SeedOf(run), experiment.PointConfigs[point], records));
            silos[payload.Silo] = silos.GetValueOrDefault(payload.Silo) + 1;
        }
        return new ExperimentResults(experiment, journal, [.. rows], silos);
    }

    /// <summary>Each run's weekly records from the journal, one run at a time (a sweep's weeks need not fit in memory).</summary>
    public static IEnumerable<(int Run, Grains.Contracts.RunPayload Payload, WeeklyRecord[] Records)> Runs(PreparedExperiment experiment, ExperimentJournal journal)
    {
        for (int run = 0; run < experiment.Plan.RunCount; run++)
        {
            var payload = journal.Load(run);
            yield return (run, payload, WeeklyRecordCodec.Decode(payload.Records));
        }
    }
}
