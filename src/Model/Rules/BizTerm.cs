using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>What a passed BIZ vote sets, and which levy is charged in a week. The levy charged is the
/// one the shopkeepers voted on (Jan Eef: a first BIZ, then a "nieuwe en ambitieuzere BIZ", 002
/// l.2256-2259, 2271-2277), not one fixed amount. A vote passed while a BIZ runs is a renewal
/// ("verlenging", l.2276): by Dutch law a BIZ runs at most five years, so the new BIZ starts when the
/// running one ends, with its own levy from then on; it does not overlap it or change its levy. A first BIZ runs
/// over its by-law's years when the vote names them (<c>term_from</c>): Jan Eef's entrepreneurs paid "van 2012 tot
/// 2016 ieder jaar" (the association's farewell notice, 2017), after a vote in December 2011.</summary>
public static class BizTerm
{
    /// <param name="fromWeek">the week the term starts if no BIZ runs (-1 or earlier than the vote: the vote's week).</param>
    public static void Passed(ref InitiativeState s, int week, double levyPerYear, int termYears, int fromWeek = -1)
    {
        LevyPerYear(ref s, week); // a renewal whose term has begun is the running BIZ now, whether or not a levy was charged since
        if (s.BizUntilWeek > week)
        {
            // A renewal already waits for the running BIZ to end: a second one has nothing to renew yet
            // (it would have overwritten the first's levy and start). One whose term has begun was settled above.
            if (s.BizNextFromWeek >= 0) return;
            s.BizNextFromWeek = s.BizUntilWeek;
            s.BizNextLevyPerYear = levyPerYear;
            s.BizUntilWeek += 52 * termYears;
            return;
        }
        s.BizFromWeek = Math.Max(week, fromWeek);
        s.BizUntilWeek = s.BizFromWeek + 52 * termYears;
        s.BizLevyPerYear = levyPerYear;
    }

    /// <summary>True in the weeks a BIZ runs: its levy is charged and its payers count as contributors.</summary>
    public static bool Running(in InitiativeState s, int week) => s.BizFromWeek <= week && week < s.BizUntilWeek;

    /// <summary>The levy per year charged in <paramref name="week"/>: a renewal's levy once its term has begun.</summary>
    public static double LevyPerYear(ref InitiativeState s, int week)
    {
        if (s.BizNextFromWeek >= 0 && week >= s.BizNextFromWeek)
        {
            s.BizLevyPerYear = s.BizNextLevyPerYear;
            s.BizNextFromWeek = -1;
        }
        return s.BizLevyPerYear;
    }

    /// <summary>True while a passed BIZ waits for its term (<c>term_from</c> after the vote): voted, not yet charged.</summary>
    public static bool Waiting(in InitiativeState s, int week) => week < s.BizFromWeek;

    /// <summary>The levy per week the board counts in its judgement of its base (Rules/StableBase.Judged): the levy
    /// charged this week, or, while a voted BIZ waits for a term that starts at most <paramref name="lookAheadWeeks"/>
    /// ahead, the liable (every shopkeeper in reach pays once it runs) times the voted levy. A voted BIZ obliges every
    /// entrepreneur to pay ("verplicht", which brings "continuïteit", 002 l.2256-2259), so the board knows that money,
    /// as it knows when its BIZ lapses or is voted down (l.2275-2277). ASSUMPTION: it looks as far ahead as it waits for
    /// a renewal vote (renewal_vote_wait_weeks, half a year; Rules/StableBase.Gone). Before the fifty-sixth round it
    /// counted a waiting BIZ as nothing (docs/model.md §6).</summary>
    public static double JudgedLevy(in InitiativeState s, int week, double chargedLevy, int liable, int lookAheadWeeks) =>
        Waiting(s, week) && s.BizFromWeek - week <= lookAheadWeeks ? liable * s.BizLevyPerYear / 52.0 : chargedLevy;

    /// <summary>True once a BIZ has run and its term has ended without a renewal taking over: its levy is no longer
    /// charged. A board in that state waits for a renewal vote on its schedule (Rules/StableBase.Gone).</summary>
    public static bool Lapsed(in InitiativeState s, int week) => s.BizUntilWeek >= 0 && week >= s.BizUntilWeek;
}
