using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;

namespace WijkSim.Experiments.Results;

/// <summary>The numeric columns of weekly.csv by name, as numbers: what calibration targets and
/// scenario-discovery outcomes are stated in.</summary>
public static class WeeklyColumns
{
    public static IReadOnlyDictionary<string, Func<WeeklyRecord, double>> Numeric { get; } = Build();

    private static Dictionary<string, Func<WeeklyRecord, double>> Build()
    {
        var columns = new Dictionary<string, Func<WeeklyRecord, double>>(StringComparer.Ordinal)
        {
            ["active_volunteers"] = r => r.ActiveVolunteers,
            ["core"] = r => r.Core,
            ["passive_supporters"] = r => r.PassiveSupporters,
            ["aware"] = r => r.Aware,
            ["hours"] = r => r.Hours,
            ["free_rider_share"] = r => r.FreeRiderShare,
            ["trust_mean"] = r => r.TrustMean,
            ["municipality_trust_mean"] = r => r.MunicipalityTrustMean,
            ["participation_rate"] = r => r.ParticipationRate,
            ["entrepreneurs"] = r => r.Entrepreneurs,
            ["cash"] = r => r.Cash,
            ["income_diversity"] = r => r.IncomeDiversity,
            ["output"] = r => r.Output,
            ["mission_drift"] = r => r.MissionDrift,
            ["urgency"] = r => r.Urgency,
            ["formalisation"] = r => r.Formalisation,
            ["legitimacy"] = r => r.Legitimacy,
            ["passive_before_crisis"] = r => r.PassiveBeforeCrisis,
            ["municipal_value"] = r => r.MunicipalValue,
            ["team"] = r => r.Team,
            ["biz_active"] = r => r.BizActive ? 1 : 0,
            ["biz_votes"] = r => r.BizVotes,
            ["biz_yes"] = r => r.BizYes,
            // Not a column of weekly.csv: the last BIZ vote's yes votes over the shopkeepers liable, the share Het Parool
            // reports for Jan Eef's renewal (forty-seventh round, docs/model.md §6). Not a number before any vote,
            // nor after the end, when the counts freeze and would report an earlier vote as the last one.
            ["biz_yes_share"] = r => r.BizVotes > 0 && r.Phase != Phase.Ended ? (double)r.BizYes / r.BizVotes : double.NaN,
            // Not a column of weekly.csv but read from its phase: 1 while the initiative has not ended.
            // Story checks state order with it ("still stands at the vote", "ended by 2020").
            ["alive"] = r => r.Phase == Phase.Ended ? 0 : 1,
            // Also read from the phase: 1 in the weeks the lifecycle rule has the initiative established
            // ("een serieuze speler", the Voedseltuin from 2015: 002 l.3683-3689).
            ["established"] = r => r.Phase == Phase.Established ? 1 : 0,
            // Also read from the phase: 1 in the weeks it is in decline or has ended, so 1 from a formal board's
            // decision to stop on (Rules/StableBase, Rules/Lifecycle): Jan Eef's board had its plan by March 2017,
            // "Eind mei is het geld op" (Het Parool; forty-ninth round, docs/model.md §6).
            ["declining"] = r => r.Phase is Phase.Decline or Phase.Ended ? 1 : 0,
            // Everyone in reach who knows the initiative, whatever their role (aware counts only those
            // who know it and do nothing yet, so it falls when they join): "more residents learn of it".
            ["knowing"] = r => r.Aware + r.PassiveSupporters + r.ActiveVolunteers,
            // The volunteers who work beside the core (active_volunteers counts the core too): De Ketel's
            // "zes medewerkers en de vele lokale vrijwilligers" (002 l.1954-1955) are two groups.
            ["volunteers_beside_core"] = r => r.ActiveVolunteers - r.Core,
        };
        // Not a column either: what an initiative earns or raises itself, from sales, companies and friends,
        // that is everything but funds and the municipality's money (subsidies, re-integration payments).
        // The Voedseltuin's "eigen inkomsten" are that: its circles adopted by companies, the Pluspunt
        // partnership and the friends campaign are its ways to depend less on "fondsen en subsidies",
        // "deels privaat en deels collectief" (002 l.3741-3752).
        columns["income_beyond_funds"] = r => r.Income[(int)IncomeSource.OwnRevenue] + r.Income[(int)IncomeSource.Sponsors]
            + r.Income[(int)IncomeSource.Contributions];
        foreach (var source in Enum.GetValues<IncomeSource>())
            columns["income_" + WijkSim.Scenarios.Loading.KeyNames.ToSnakeCase(source.ToString())] = r => r.Income[(int)source];
        return columns;
    }
}
