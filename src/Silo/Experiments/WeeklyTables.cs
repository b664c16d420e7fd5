using Parquet;
using Parquet.Serialization;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>All weeks of all runs in long format: weekly.parquet always (Parquet.Net), weekly.csv on
/// request. Both are written run by run from the journal, so a large sweep needs no more memory than
/// one block of runs.</summary>
public static class WeeklyTables
{
    /// <summary>Runs per Parquet row group: large enough for good compression, small enough for memory.</summary>
    private const int RunsPerRowGroup = 64;

    public static async Task WriteParquet(string path, ExperimentResults results)
    {
        var experiment = results.Experiment;
        var block = new List<WeeklyRow>();
        bool first = true;
        await using var file = File.Create(path);
        foreach (var (run, _, records) in ExperimentResults.Runs(experiment, results.Journal))
        {
            var plan = experiment.Plan;
            int point = plan.PointOf(run).Index;
            foreach (var r in records)
                block.Add(WeeklyRow.From(run, experiment.ScenarioName(point), point, plan.ReplicationOf(run), plan.SeedOf(run), experiment.PointConfigs[point], r));
            if ((run + 1) % RunsPerRowGroup == 0 || run == plan.RunCount - 1)
            {
                await ParquetSerializer.SerializeAsync(block, file, new ParquetOptions { Append = !first });
                first = false;
                block.Clear();
            }
        }
    }

    public static void WriteCsv(string path, ExperimentResults results)
    {
        var experiment = results.Experiment;
        var plan = experiment.Plan;
        using var w = Csv.Create(path);
        w.WriteLine(string.Join(',', ["run", "scenario", "point", "replication", "seed", .. WeeklyCsv.Columns]));
        foreach (var (run, _, records) in ExperimentResults.Runs(experiment, results.Journal))
        {
            int point = plan.PointOf(run).Index;
            string prefix = string.Join(',', Csv.Number(run), Csv.Text(experiment.ScenarioName(point)), Csv.Number(point),
                Csv.Number(plan.ReplicationOf(run)), Csv.Number(plan.SeedOf(run)));
            var fields = new WeeklyFields(experiment.PointConfigs[point]);
            foreach (var r in records) w.WriteLine(prefix + "," + string.Join(',', fields.Of(r)));
        }
    }
}
