using WijkSim.Model.Config;
using WijkSim.Model.Output;

namespace WijkSim.Experiments.Results;

/// <summary>One row of runs.csv: one initiative in one run, with its outcomes. Built from the weekly
/// records alone (<see cref="RunOutcomes"/>), so a resumed run and a fresh one give the same row.</summary>
public sealed record RunRow(int Run, int Point, int Replication, ulong Seed, int Initiative, InitiativeOutcome Outcome,
    double FinalMunicipalityTrust, double FinalCash, int Weeks)
{
    public static IEnumerable<RunRow> From(int run, int point, int replication, ulong seed, ModelConfig config, WeeklyRecord[] records)
    {
        int k = config.Initiatives.Count;
        int weeks = records.Length / Math.Max(k, 1);
        var outcomes = RunOutcomes.FromRecords(config, records, weeks);
        for (int i = 0; i < k; i++)
        {
            ref readonly var last = ref records[(weeks - 1) * k + i];
            yield return new RunRow(run, point, replication, seed, i, outcomes[i], last.MunicipalityTrustMean, last.Cash, weeks);
        }
    }
}
