using WijkSim.Model.Config;

namespace WijkSim.Model.State;

/// <summary>One initiative's state at the end of a week. A struct of plain fields: the world keeps an
/// array of these and the step copies, never allocates.</summary>
public struct InitiativeState
{
    // Lifecycle
    public Phase Phase;
    public int WeeksInPhase;
    /// <summary>Week the initiative ended, or -1.</summary>
    public int EndedWeek;
    /// <summary>A board that has decided to stop plans its end (Rules/PlannedStop): whether it has a plan, and the week.</summary>
    public bool HasEndPlan;
    public int PlannedEndWeek;

    // Money
    public double Cash;
    public int NegativeCashWeeks;
    public bool InCrisis;
    public bool Mobilised;
    /// <summary>It has been in a money crisis at least once (freezes <see cref="ResidentBuffer.WeeksSinceMember"/>, closing the cohort of earlier users).</summary>
    public bool HadCrisis;
    public IncomeBySource Income;
    public IncomeBySource IncomeAverage;
    /// <summary>Income per year other than the municipality's subsidy and the BIZ levy, over about the last quarter,
    /// as a board judges its base; the subsidy (forty-first round) and the levy (forty-ninth) it judges at this
    /// week's rate (Rules/StableBase).</summary>
    public double RecentOtherIncome;
    /// <summary>This week's one-off settlement of a past deficit (the unprofitable top, Kernel/MunicipalityStep):
    /// cash, but not income to plan on, so it stays out of <see cref="IncomeAverage"/> and <see cref="RecentOtherIncome"/>.</summary>
    public double OneOffIncome;
    public double Costs;
    /// <summary>This week's income weighted by the agenda pull of its source (mission drift).</summary>
    public double PulledIncome;
    public bool HasPlace;
    /// <summary>This week the municipality has not yet decided on the initiative's lease.</summary>
    public bool PlaceUndecided;
    /// <summary>How far the place has decayed while undecided, 0..1 (a factor on output).</summary>
    public double PlaceDecay;

    // Organisation
    public double Urgency;
    /// <summary>The part of <see cref="Urgency"/> a crisis mobilisation added, decaying at the same rate:
    /// it draws people in but does not make leaders (Rules/Urgency.Mobilised).</summary>
    public double MobilisedUrgency;
    public double Formalisation;
    public double FormalisationTarget;
    /// <summary>How firmly the board steers the work now (Rules/Formalisation.Grip).</summary>
    public double BoardGrip;
    public double MissionDrift;
    public double Legitimacy;
    public int WeeksWithoutProgress;

    // Levers the initiative or events set
    public double Transparency;
    public double Recognition;
    public double EntryThreshold;
    public double VisibleContribution;
    public double BoardSteering;
    public double AgendaAlignment;
    public int SplitGroupSize;

    // Signals for this week, set by events and institutions before residents decide
    public double EventBoost;
    public double UrgencyShock;
    public double InstitutionalShock;
    /// <summary>Civil servants' hours this week (a partner municipality's contribution).</summary>
    public double CivilServantHours;
    /// <summary>Campaign strength carried into next week (a crisis that mobilises).</summary>
    public double PendingBoost;
    /// <summary>This week a change is designed together with the residents (a co-design event): whoever is a
    /// member at the end of the week becomes a co-owner (<see cref="ResidentBuffer.CoOwner"/>).</summary>
    public bool CoDesignThisWeek;
    /// <summary>The strength of the latest co-design (0 before any) and its week: the pull its co-owners
    /// keep, fading from then on (Rules/CoOwnership.cs).</summary>
    public double CoDesignStrength;
    public int CoDesignWeek;

    /// <summary>This week's terms that every resident reads the same (Kernel/ResidentPhaseTerms), set when the week opens.</summary>
    public Kernel.ResidentPhaseTerms Terms;

    // Derived each week from last week's members (read by residents)
    public double SocialControl;
    public double Autonomy;
    public double GoodSignal;

    // Aggregates of this week's residents
    public int Aware;
    public int Passive;
    /// <summary>Passive supporters who were members before the first money crisis (all of them until it).</summary>
    public int PassiveBeforeCrisis;
    public int Active;
    public int Core;
    /// <summary>Those working this week who worked in most weeks of the last quarter (Kernel/TeamHistory.cs).</summary>
    public int Team;
    /// <summary>The hands the group chose to give lately (Rules/WorkNeed.Remember).</summary>
    public double HandsLately;
    public int Enjoyers;
    public int Contributors;
    public int LevyPayers;
    public double Hours;
    public double TrustMean;
    public double FreeRiderShare;
    public double Output;

    // BIZ: it runs (levies, counts its payers) in weeks BizFromWeek <= t < BizUntilWeek (Rules/BizTerm.Running).
    public int BizFromWeek;
    public int BizUntilWeek;
    /// <summary>The levy per year of the running BIZ (the one its vote proposed).</summary>
    public double BizLevyPerYear;
    /// <summary>Week a renewed BIZ, voted on while the old one ran, takes over (-1 if none), and its levy.</summary>
    public int BizNextFromWeek;
    public double BizNextLevyPerYear;
    /// <summary>Votes cast and yes votes in the latest BIZ vote (0, 0 before any).</summary>
    public int BizVotes;
    public int BizYes;
    /// <summary>The workshop room's yes-share for the next BIZ vote, or -1 when the shopkeepers vote themselves.</summary>
    public double RoomYesShare;

    /// <summary>Members: passive supporters, active volunteers and core (draagvlak).</summary>
    public readonly int Members => Passive + Active + Core;
    /// <summary>Active volunteers including the core.</summary>
    public readonly int Working => Active + Core;
}
