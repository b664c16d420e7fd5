using System.Text.Json.Serialization;
using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Silo.Experiments;

/// <summary>One row of weekly.parquet: a run's key columns and the same values as weekly.csv, with
/// the same column names. Parquet needs a typed row; the design values are in runs.csv (join on run).</summary>
public sealed class WeeklyRow
{
    [JsonPropertyName("run")] public int Run { get; set; }
    [JsonPropertyName("scenario")] public string Scenario { get; set; } = "";
    [JsonPropertyName("point")] public int Point { get; set; }
    [JsonPropertyName("replication")] public int Replication { get; set; }
    [JsonPropertyName("seed")] public long Seed { get; set; }
    [JsonPropertyName("week")] public int Week { get; set; }
    [JsonPropertyName("date")] public DateTime Date { get; set; }
    [JsonPropertyName("initiative")] public string Initiative { get; set; } = "";
    [JsonPropertyName("phase")] public string Phase { get; set; } = "";
    [JsonPropertyName("active_volunteers")] public int ActiveVolunteers { get; set; }
    [JsonPropertyName("core")] public int Core { get; set; }
    [JsonPropertyName("passive_supporters")] public int PassiveSupporters { get; set; }
    [JsonPropertyName("aware")] public int Aware { get; set; }
    [JsonPropertyName("hours")] public double Hours { get; set; }
    [JsonPropertyName("free_rider_share")] public double FreeRiderShare { get; set; }
    [JsonPropertyName("trust_mean")] public double TrustMean { get; set; }
    [JsonPropertyName("municipality_trust_mean")] public double MunicipalityTrustMean { get; set; }
    [JsonPropertyName("participation_rate")] public double ParticipationRate { get; set; }
    [JsonPropertyName("entrepreneurs")] public int Entrepreneurs { get; set; }
    [JsonPropertyName("cash")] public double Cash { get; set; }
    [JsonPropertyName("income_subsidy")] public double IncomeSubsidy { get; set; }
    [JsonPropertyName("income_funds")] public double IncomeFunds { get; set; }
    [JsonPropertyName("income_sponsors")] public double IncomeSponsors { get; set; }
    [JsonPropertyName("income_own_revenue")] public double IncomeOwnRevenue { get; set; }
    [JsonPropertyName("income_contributions")] public double IncomeContributions { get; set; }
    [JsonPropertyName("income_reintegration")] public double IncomeReintegration { get; set; }
    [JsonPropertyName("income_diversity")] public double IncomeDiversity { get; set; }
    [JsonPropertyName("output")] public double Output { get; set; }
    [JsonPropertyName("mission_drift")] public double MissionDrift { get; set; }
    [JsonPropertyName("urgency")] public double Urgency { get; set; }
    [JsonPropertyName("formalisation")] public double Formalisation { get; set; }
    [JsonPropertyName("legitimacy")] public double Legitimacy { get; set; }
    [JsonPropertyName("biz_active")] public bool BizActive { get; set; }
    [JsonPropertyName("passive_before_crisis")] public int PassiveBeforeCrisis { get; set; }
    [JsonPropertyName("municipal_value")] public double MunicipalValue { get; set; }
    [JsonPropertyName("team")] public int Team { get; set; }

    private static readonly string[] Phases = Enum.GetValues<Phase>().Select(p => KeyNames.ToSnakeCase(p.ToString())).ToArray();

    public static WeeklyRow From(int run, string scenario, int point, int replication, ulong seed, ModelConfig config, in WeeklyRecord r) => new()
    {
        Run = run, Scenario = scenario, Point = point, Replication = replication, Seed = (long)seed,
        Week = r.Week, Date = config.DateOf(r.Week).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        Initiative = config.Initiatives[r.Initiative].Id, Phase = Phases[(int)r.Phase],
        ActiveVolunteers = r.ActiveVolunteers, Core = r.Core, PassiveSupporters = r.PassiveSupporters, Aware = r.Aware,
        Hours = r.Hours, FreeRiderShare = r.FreeRiderShare, TrustMean = r.TrustMean, MunicipalityTrustMean = r.MunicipalityTrustMean,
        ParticipationRate = r.ParticipationRate, Entrepreneurs = r.Entrepreneurs, Cash = r.Cash,
        IncomeSubsidy = r.Income[0], IncomeFunds = r.Income[1], IncomeSponsors = r.Income[2],
        IncomeOwnRevenue = r.Income[3], IncomeContributions = r.Income[4], IncomeReintegration = r.Income[5],
        IncomeDiversity = r.IncomeDiversity, Output = r.Output, MissionDrift = r.MissionDrift, Urgency = r.Urgency,
        Formalisation = r.Formalisation, Legitimacy = r.Legitimacy, BizActive = r.BizActive,
        PassiveBeforeCrisis = r.PassiveBeforeCrisis, MunicipalValue = r.MunicipalValue, Team = r.Team,
    };
}
