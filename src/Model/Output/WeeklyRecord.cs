using WijkSim.Model.Config;
using WijkSim.Model.State;

namespace WijkSim.Model.Output;

/// <summary>One row of output: one initiative in one week (model.md, Outputs per tick).</summary>
public struct WeeklyRecord
{
    public int Week;
    public int Initiative;
    public Phase Phase;
    public int ActiveVolunteers;
    public int Core;
    /// <summary>Those working this week who worked in most weeks of the last quarter: the team that keeps
    /// the initiative running, not the week's helpers (Kernel/TeamHistory.cs; an output only). Undercounted in a
    /// scenario's first quarter, whose history starts empty: no check should read it there.</summary>
    public int Team;
    public int PassiveSupporters;
    /// <summary>Passive supporters who were members before the initiative's first money crisis.</summary>
    public int PassiveBeforeCrisis;
    public int Aware;
    public double Hours;
    public double FreeRiderShare;
    public double TrustMean;
    public double MunicipalityTrustMean;
    public double ParticipationRate;
    public int Entrepreneurs;
    public double Cash;
    public IncomeBySource Income;
    public double IncomeDiversity;
    public double Output;
    public double MissionDrift;
    public double Urgency;
    public double Formalisation;
    public double Legitimacy;
    /// <summary>What renewing the initiative's grant or lease is worth to the municipality this week
    /// (<see cref="Rules.Renewal.Value"/>): its proof, raised or lowered by its agenda alignment. The
    /// valuation a business case and a provider's lease decision compare with their thresholds.</summary>
    public double MunicipalValue;
    public bool BizActive;
    public int BizVotes;
    public int BizYes;
    /// <summary>In a money crisis this week, and mobilised by it (not in weekly.csv: the workshop page
    /// marks where a crisis and its mobilisation begin).</summary>
    public bool InCrisis;
    public bool Mobilised;
    /// <summary>The week the initiative's lease of its place ends (-1 without a lease), and whether it
    /// lost the place (not in weekly.csv: the page marks lease decisions).</summary>
    public int LeaseEndWeek;
    public bool LeaseLost;

    public static WeeklyRecord From(World w, int k, int week)
    {
        ref readonly var s = ref w.Initiatives[k];
        return new WeeklyRecord
        {
            Week = week,
            Initiative = k,
            Phase = s.Phase,
            ActiveVolunteers = s.Working,
            Core = s.Core,
            Team = s.Team,
            PassiveSupporters = s.Passive,
            PassiveBeforeCrisis = s.PassiveBeforeCrisis,
            Aware = s.Aware,
            Hours = s.Hours,
            FreeRiderShare = s.FreeRiderShare,
            TrustMean = s.TrustMean,
            MunicipalityTrustMean = w.MunicipalityTrustMean,
            ParticipationRate = w.ParticipationRate,
            Entrepreneurs = w.Entrepreneurs,
            Cash = s.Cash,
            Income = s.Income,
            IncomeDiversity = Rules.Money.Diversity(s.IncomeAverage),
            Output = s.Output,
            MissionDrift = s.MissionDrift,
            Urgency = s.Urgency,
            Formalisation = s.Formalisation,
            Legitimacy = s.Legitimacy,
            MunicipalValue = Rules.Renewal.Value(Rules.Renewal.Proof(s.Legitimacy, s.Formalisation, w.Rules.Subsidy), s.AgendaAlignment, w.Rules.Subsidy),
            BizActive = Rules.BizTerm.Running(s, week),
            BizVotes = s.BizVotes,
            BizYes = s.BizYes,
            InCrisis = s.InCrisis,
            Mobilised = s.Mobilised,
            LeaseEndWeek = w.Agreements[k].HasLease ? w.Agreements[k].LeaseEndWeek : -1,
            LeaseLost = w.Agreements[k].LeaseLost,
        };
    }
}
