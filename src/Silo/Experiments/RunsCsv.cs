using WijkSim.Experiments.Results;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>runs.csv: one row per run and initiative, with the run's design values and outcomes.
/// Missing values (the end week of a survivor) are "NA".</summary>
public static class RunsCsv
{
    public static readonly string[] Outcomes =
    [
        "survived", "week_ended", "peak_active", "peak_active_week", "final_active", "peak_passive", "mean_free_rider_share",
        "final_trust", "final_income_diversity", "final_municipality_trust", "final_cash", "biz_votes", "biz_yes", "weeks",
    ];

    public static void Write(string path, ExperimentResults results)
    {
        var experiment = results.Experiment;
        using var w = Csv.Create(path);
        w.WriteLine(string.Join(',', ["run", "scenario", "point", .. DesignColumns.Keys(experiment), "replication", "seed", "initiative", .. Outcomes]));
        foreach (var r in results.Rows)
        {
            var o = r.Outcome;
            w.WriteLine(string.Join(',', (string[])
            [
                Csv.Number(r.Run), Csv.Text(experiment.ScenarioName(r.Point)), Csv.Number(r.Point), .. DesignColumns.Values(experiment, r.Point),
                Csv.Number(r.Replication), Csv.Number(r.Seed), Csv.Text(o.Id),
                o.Survived ? "1" : "0", o.EndedWeek is int e ? Csv.Number(e) : "NA", Csv.Number(o.PeakActive), Csv.Number(o.PeakActiveWeek),
                Csv.Number(o.FinalActive), Csv.Number(o.PeakPassive), Csv.Number(o.MeanFreeRiderShare), Csv.Number(o.FinalTrust),
                Csv.Number(o.FinalIncomeDiversity), Csv.Number(r.FinalMunicipalityTrust), Csv.Number(r.FinalCash),
                Csv.Number(o.BizVotes), Csv.Number(o.BizYes), Csv.Number(r.Weeks),
            ]));
        }
    }
}

/// <summary>The varied keys as columns (named by their key path) and a point's values in them.</summary>
public static class DesignColumns
{
    public static IEnumerable<string> Keys(PreparedExperiment experiment) => experiment.Plan.Factors.Select(f => Csv.Text(f.Key));

    public static IEnumerable<string> Values(PreparedExperiment experiment, int point) => experiment.Plan.Points[point].Values.Select(Csv.Text);
}
