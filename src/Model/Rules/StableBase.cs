using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>A formal organisation's board decides to stop when its income no longer forms a stable base.
/// Jan Eef: "Te weinig ondernemers stemmen uiteindelijk voor een verlenging en de bijbehorende
/// financiering van de winkelstraatvereniging stopt" (002 l.2275-2277), and "Als de bijdrage van de
/// gemeente uiteindelijk te laag wordt geacht om nog een stabiele basis te vormen om andere inkomsten te
/// kunnen genereren wordt besloten de winkelstraatvereniging ... officieel te stoppen" (l.2293-2296): a
/// judgement of the board on its income, not a wait until the cash has run out. (Before the tenth round
/// a formal organisation ended only after its cash had run out and eight weeks of crisis and 26 of
/// decline had passed: Jan Eef ended a year after its BIZ money stopped, in the last 20 weeks before
/// the horizon, so whether it "ended" hung on the horizon.) The board judges the municipality's subsidy
/// as it now stands and its other income over about the last quarter (<see cref="Judged"/>), and the
/// base is gone when that covers less than half of what the organisation needs in a year. ASSUMPTION:
/// the share and the quarter (the seed gives the judgement, not a figure). The decision begins a
/// decline that ends in the week the board planned at its decision (Rules/PlannedStop, fifty-seventh round),
/// or sooner in the week the cash is gone, or after end_after_weeks (Rules/Lifecycle): "Eind mei is het geld
/// op" (Het Parool, March 2017), and the team stopped on 31 May 2017 (forty-second round: the cash's end;
/// fifty-seventh: the plan). The judgement is made afresh each week (a week without it clears the plan): a board that first judges its base gone in a week its cash is already at
/// or below zero ends in that week, without a decline. Since staff invoice nothing while the cash is below
/// zero (Rules/Money.StaffPay), a formal organisation with little income can hover near zero; only the
/// judgement (and a pending decision, which holds it) keeps such an organisation from ending, which is why
/// the cash alone is not the end (rule B of the forty-second round ended De Ketel and the rhythm
/// counterfactual's partner, docs/model.md §6). Ending at the decision itself was tried and not adopted
/// (thirty-ninth and fortieth rounds).</summary>
public static class StableBase
{
    /// <summary>What a formal organisation needs in a year: its fixed costs, its rent and the staff its
    /// formalisation asks for (before staff cut their invoices, Rules/Money.StaffPay).</summary>
    public static double NeedsPerYear(double fixedPerYear, double rentPerYear, double formalisation, FormalisationParameters f) =>
        fixedPerYear + rentPerYear + Money.AskedStaffPay(formalisation, f);

    /// <summary>The income the board judges, per year: the municipality's recurring subsidy at this week's rate,
    /// and the other income at its recent average. The seed's board judges "de bijdrage van de gemeente" as
    /// it now stands (l.2293-2295): a grant just decided counts at once, a grant stopped at once. Before the
    /// forty-first round all income was averaged over the quarter, so a board whose subsidy resumed after a
    /// year's wait (De Ketel, 2019) or a renewal gap judged the weeks without it (docs/model.md §6).
    /// ASSUMPTION: the other income is judged over the quarter, as before. The BIZ levy is judged as it stands
    /// too (forty-ninth round): "Te weinig ondernemers stemmen uiteindelijk voor een verlenging en de
    /// bijbehorende financiering van de winkelstraatvereniging stopt" (l.2275-2277): a BIZ's money stops when its
    /// term ends and stays stopped when its renewal is voted down, which the board knows; a quarter's average still
    /// counted Jan Eef's levy, stopped in November 2016 and voted down in February 2017, until May. Between the
    /// term's end and the renewal vote the lapsed levy counts for nothing, but the board waits for the vote
    /// (<see cref="Gone"/>, fiftieth round). A voted BIZ that waits for its term counts at its voted levy
    /// (Rules/BizTerm.JudgedLevy, fifty-sixth round).</summary>
    public static double Judged(double subsidyThisWeek, double levyThisWeek, double recentOtherIncomePerYear) =>
        (subsidyThisWeek + levyThisWeek) * 52.0 + recentOtherIncomePerYear;

    /// <summary>A moving average of income per year over about a quarter (the other income the board sees: not the
    /// subsidy or the BIZ levy, which it judges as they stand).</summary>
    public static double RecentIncome(double recent, double incomeThisWeek, LifecycleParameters p) =>
        recent + p.BaseSmoothing * (incomeThisWeek * 52.0 - recent);

    /// <summary>True when the judged income (<see cref="Judged"/>) covers less than the stable-base share of the needs and no
    /// decision on a grant or the place is pending. A board that waits for the municipality does not give
    /// up: De Ketel's former staff "blijven ... actief het pand beheren" through the undecided year (002
    /// l.2071-2072), and a group refused a grant applies again (the subsidy rhythm, 000 l.1631-1633).
    /// Jan Eef's board stopped when nothing more was coming: the BIZ voted down, the subsidy lowered
    /// each year (l.2275-2296). So a board whose BIZ has lapsed (Rules/BizTerm.Lapsed) waits too while a vote on
    /// its renewal is on the schedule ahead: "Te weinig ondernemers stemmen uiteindelijk voor een verlenging en de
    /// bijbehorende financiering van de winkelstraatvereniging stopt" (l.2275-2277), and only then "wordt besloten
    /// ... officieel te stoppen" (l.2293-2296); Jan Eef's first BIZ lapsed at the end of 2016 (its years 2012-2016, since the fifty-fifth round) and its renewal was
    /// voted on in February 2017 (Het Parool, March 2017); nine days before the vote the founders still planned
    /// the year ("Dit jaar werken we met nog maar acht mensen en doen we vier projecten", their page of 4 February
    /// 2017, docs/model.md §6). ASSUMPTION: the board counts on the renewal it canvasses for (l.2272-2275) when the
    /// vote is at most renewal_vote_wait_weeks (half a year) ahead; a board whose vote lies further off judges as
    /// ever, and one whose cash runs out while it waits still declines by the money crisis (Rules/Lifecycle).
    /// Its lapsed levy still counts for nothing in <see cref="Judged"/> (fiftieth round, review r50).</summary>
    public static bool Gone(double judgedIncomePerYear, double needsPerYear, bool awaitingDecision, LifecycleParameters p) =>
        !awaitingDecision && needsPerYear > 0 && judgedIncomePerYear < p.StableBaseShare * needsPerYear;
}
