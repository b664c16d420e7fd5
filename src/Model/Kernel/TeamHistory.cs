namespace WijkSim.Model.Kernel;

/// <summary>Who counts as an initiative's team: those who work for it (active or core) this week and in
/// most weeks of the last quarter, not everyone who helps in one week. An output, read by no rule.</summary>
/// <remarks>Jan Eef's founders counted "een team van 30 mensen" in the first years and "nog maar acht" in
/// 2017 (geefomdejaneef.nl, 4 Feb 2017): the people who keep the association running ("het team van actieve
/// leden ... Deels ... betaald", 002 l.2239-2241), set apart from the pioneers' much larger network (l.2231-2233).
/// A week's count of everyone working holds helpers who come in some weeks only, since a resident's
/// propensity is drawn afresh each week (fifty-first round, docs/model.md §6). ASSUMPTION: "most weeks of a
/// quarter" is <see cref="MinWeeks"/> of <see cref="Weeks"/>, a bare majority: one who works every other week
/// counts in the weeks she works. The founders counted a roster over a period, which for the same people is
/// at least this weekly count of regulars, and included paid freelancers (l.2265-2267) whom the model has only
/// as money: so read <c>team</c> as a lower bound of their team (review r51). Each resident-initiative pair
/// keeps the last 13 weeks as bits, this week's the lowest; the history starts empty with the scenario, so
/// the team is 0 in its first six weeks and undercounted in its first quarter.</remarks>
public static class TeamHistory
{
    /// <summary>The weeks looked back over, this one included: a quarter.</summary>
    public const int Weeks = 13;

    /// <summary>She is in the team if she worked in at least this many of them.</summary>
    public const int MinWeeks = 7;

    private const ushort Mask = (1 << Weeks) - 1;

    /// <summary>Next week's history: last week's shifted by one, this week's work in the lowest bit.</summary>
    public static ushort Next(ushort history, bool working) => (ushort)(((history << 1) | (working ? 1 : 0)) & Mask);

    /// <summary>She works this week and worked in at least <see cref="MinWeeks"/> of the last <see cref="Weeks"/>.</summary>
    public static bool InTeam(ushort history) => (history & 1) != 0 && System.Numerics.BitOperations.PopCount(history) >= MinWeeks;
}
