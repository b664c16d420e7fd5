using WijkSim.Experiments.Results;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>summary.csv, long format: per design point, initiative and outcome, the number of runs,
/// the mean (for "survived": the share), its standard deviation and 95% confidence interval.</summary>
public static class SummaryCsv
{
    public static void Write(string path, ExperimentResults results)
    {
        var experiment = results.Experiment;
        using var w = Csv.Create(path);
        w.WriteLine(string.Join(',', ["scenario", "point", .. DesignColumns.Keys(experiment), "initiative", "outcome", "n", "mean", "sd", "ci_low", "ci_high"]));
        foreach (var s in results.Summaries)
        {
            string id = Csv.Text(experiment.PointConfigs[s.Point].Initiatives[s.Initiative].Id);
            foreach (var measure in Measure.All)
            {
                var e = s.Estimates[measure.Name];
                w.WriteLine(string.Join(',', (string[])
                [
                    Csv.Text(experiment.ScenarioName(s.Point)), Csv.Number(s.Point), .. DesignColumns.Values(experiment, s.Point), id, measure.Name,
                    Csv.Number(e.N), Csv.NumberOrNa(e.Mean), Csv.NumberOrNa(e.Sd), Csv.NumberOrNa(e.Low), Csv.NumberOrNa(e.High),
                ]));
            }
        }
    }
}
