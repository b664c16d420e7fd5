using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Silo.Web;

/// <summary>A weekly record as the HTTP API shows it: the columns of weekly.csv, as JSON, and the
/// latest BIZ vote's count (the workshop page names a vote's result on its event) and whether the
/// initiative is in a money crisis and mobilised, and its lease (the page marks where each changes).</summary>
public sealed record ApiRow(
    int Week, string Date, string Initiative, string Phase, int ActiveVolunteers, int Core, int PassiveSupporters, int Aware,
    double Hours, double FreeRiderShare, double TrustMean, double MunicipalityTrustMean, double ParticipationRate, double Cash,
    IReadOnlyDictionary<string, double> Income, double IncomeDiversity, double Output, double MissionDrift, double Urgency,
    double Formalisation, double Legitimacy, bool BizActive, int BizVotes, int BizYes, bool InCrisis, bool Mobilised,
    int LeaseEndWeek, bool LeaseLost)
{
    public static ApiRow From(ModelConfig config, in WeeklyRecord r)
    {
        var income = new Dictionary<string, double>();
        for (int s = 0; s < IncomeBySource.Count; s++) income[KeyNames.ToSnakeCase(((IncomeSource)s).ToString())] = r.Income[s];
        return new ApiRow(r.Week, config.DateOf(r.Week).ToString("yyyy-MM-dd"), config.Initiatives[r.Initiative].Id,
            KeyNames.ToSnakeCase(r.Phase.ToString()), r.ActiveVolunteers, r.Core, r.PassiveSupporters, r.Aware, r.Hours,
            r.FreeRiderShare, r.TrustMean, r.MunicipalityTrustMean, r.ParticipationRate, r.Cash, income, r.IncomeDiversity,
            r.Output, r.MissionDrift, r.Urgency, r.Formalisation, r.Legitimacy, r.BizActive, r.BizVotes, r.BizYes, r.InCrisis, r.Mobilised,
            r.LeaseEndWeek, r.LeaseLost);
    }
}
