using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Silo.Output;

/// <summary>weekly.csv: one row per week and initiative, long format (loads straight into pandas or R).
/// No timing columns, so that equal runs give equal files.</summary>
public static class WeeklyCsv
{
    public static readonly string[] Columns =
    [
        "week", "date", "initiative", "phase", "active_volunteers", "core", "passive_supporters", "aware", "hours",
        "free_rider_share", "trust_mean", "municipality_trust_mean", "participation_rate", "entrepreneurs", "cash",
        .. Enum.GetNames<IncomeSource>().Select(s => "income_" + KeyNames.ToSnakeCase(s)),
        "income_diversity", "output", "mission_drift", "urgency", "formalisation", "legitimacy", "biz_active",
        "passive_before_crisis", "municipal_value", "team",
    ];

    public static void Write(string path, RunResult run)
    {
        using var w = Csv.Create(path);
        Write(w, run);
    }

    /// <summary>Writes the rows to any writer (a file, or an HTTP response body through a buffer).</summary>
    public static void Write(TextWriter w, RunResult run)
    {
        w.WriteLine(string.Join(',', Columns));
        var fields = new WeeklyFields(run.Config);
        foreach (var r in run.Records) w.WriteLine(string.Join(',', fields.Of(r)));
    }
}

/// <summary>The text of one weekly row, in the order of <see cref="WeeklyCsv.Columns"/>; shared by
/// weekly.csv and an experiment's long weekly table so the two can never disagree.</summary>
public sealed class WeeklyFields(ModelConfig config)
{
    private readonly string[] _ids = config.Initiatives.Select(i => Csv.Text(i.Id)).ToArray();
    private static readonly string[] Phases = Enum.GetValues<Phase>().Select(p => KeyNames.ToSnakeCase(p.ToString())).ToArray();

    public List<string> Of(in WeeklyRecord r)
    {
        var fields = new List<string>(WeeklyCsv.Columns.Length)
        {
            Csv.Number(r.Week), config.DateOf(r.Week).ToString("yyyy-MM-dd"), _ids[r.Initiative], Phases[(int)r.Phase],
            Csv.Number(r.ActiveVolunteers), Csv.Number(r.Core), Csv.Number(r.PassiveSupporters), Csv.Number(r.Aware),
            Csv.Number(r.Hours), Csv.Number(r.FreeRiderShare), Csv.Number(r.TrustMean), Csv.Number(r.MunicipalityTrustMean),
            Csv.Number(r.ParticipationRate), Csv.Number(r.Entrepreneurs), Csv.Number(r.Cash),
        };
        for (int s = 0; s < IncomeBySource.Count; s++) fields.Add(Csv.Number(r.Income[s]));
        fields.AddRange([Csv.Number(r.IncomeDiversity), Csv.Number(r.Output), Csv.Number(r.MissionDrift), Csv.Number(r.Urgency),
            Csv.Number(r.Formalisation), Csv.Number(r.Legitimacy), r.BizActive ? "1" : "0", Csv.Number(r.PassiveBeforeCrisis), Csv.Number(r.MunicipalValue), Csv.Number(r.Team)]);
        return fields;
    }
}
