using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 6, formalisation: a board keeps its seats filled. "Als winkelstraatvereniging heeft
/// Ik Geef om de Jan Eef een bestuur gekregen" (002 l.2263-2264), and board members leave the board when
/// they no longer recognise themselves in its course ("Winkeliers lopen weg uit het bestuur", l.2279-2281),
/// not on a tired stretch; those shopkeepers were once asked onto it. So in a formal initiative:
/// - while the core is small, a core member steps down only when her propensity falls towards the point
///   where she would stop working altogether (the seat is kept);
/// - while seats are vacant, an active member joins the core at a lower bar (the seat is offered).
/// Both bars move by at most <c>formalisation × (CoreThreshold − ActiveThreshold)</c>: an informal group
/// (formalisation 0) has no seats; at full formalisation a seat is kept, or taken, by whoever would work
/// at all. The pull fades linearly with last week's core (from full at `seats` members to none at twice
/// the seats for keeping; from full at 0 to none at the seats for joining), so that all core members do
/// not face a cliff at one count and leave, or join, in the same week.</summary>
public static class BoardSeats
{
    /// <summary>Propensity below which a core member leaves the core this week: the ordinary
    /// <c>CoreThreshold − ExitHysteresis</c>, lowered by the pull while last week's core was below twice the
    /// seats. Non-increasing in formalisation; never below the active exit threshold.</summary>
    public static double CoreExitThreshold(int coreLastWeek, double formalisation, ParticipationParameters p, FormalisationParameters f) =>
        p.CoreThreshold - p.ExitHysteresis - Pull(formalisation, p) * Share(2 * f.BoardSeats - coreLastWeek, f.BoardSeats);

    /// <summary>Propensity from which an active member joins the core this week: the core threshold,
    /// lowered by the pull while last week's core was below the seats. Non-increasing in formalisation.</summary>
    public static double CoreEntryThreshold(int coreLastWeek, double formalisation, ParticipationParameters p, FormalisationParameters f) =>
        p.CoreThreshold - Pull(formalisation, p) * Share(f.BoardSeats - coreLastWeek, f.BoardSeats);

    private static double Pull(double formalisation, ParticipationParameters p) =>
        Math.Clamp(formalisation, 0.0, 1.0) * Math.Max(0.0, p.CoreThreshold - p.ActiveThreshold);

    /// <summary>How much of the pull applies: <paramref name="vacant"/> of <paramref name="seats"/>, in [0, 1].</summary>
    private static double Share(double vacant, double seats) => seats > 0 ? Math.Clamp(vacant / seats, 0.0, 1.0) : 0.0;
}
