using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Phase transitions: idea, pioneer, growth, established, decline, ended. Phases can fall
/// back, pioneering being the fragile one (000 l.1650-1652, l.1728-1733); a task group starts only
/// with a quorum of residents doing the work (004 l.1316-1318). A group falls back when its hands drop
/// below the quorum, or, while pioneering, after a setback from outside: the pioneering type has a
/// "kwetsbare relatie met de buitenwereld, hetgeen kan leiden tot terugval" (000 l.1731-1733).
/// A growing group is established once it is formal (a board and staff) or once it holds a durable
/// position in the field: the typology's later phases have "een duurzaam gezicht naar buiten" and "een
/// duurzame positie in het speelveld" (000 l.1702-1709), and the relations with local governments are
/// crucial to lasting (l.1737-1738). In the model that position is a lease the municipality has renewed:
/// the Voedseltuin, after five years of pioneering on lent land, became "onderdeel van de plannen" and
/// "een serieuze speler" with its extension (002 l.3629-3631, 3683-3689); until the thirty-first round
/// only formalisation counted, and the garden was never established (docs/model.md §6).
/// Only formalisation makes a group formal (the quorum exemption and the board's stop below).</summary>
public static class Lifecycle
{
    /// <summary>What the transition rule looks at, all of this week.</summary>
    public readonly record struct Inputs(
        Phase Phase, int WeeksInPhase, int Active, int Members, double Formalisation, double Cash,
        bool Crisis, bool Mobilised, bool PlaceLost, double FallBackDraw01, double FallBackFactor, bool Setback = false,
        bool BaseGone = false, bool DurablePosition = false, bool PlanDue = false);

    /// <summary>Hands doing the work: active volunteers and, in a formal organisation, paid staff.</summary>
    public static int Hands(int activeVolunteers, double formalisation, LifecycleParameters p) =>
        activeVolunteers + (int)Math.Round(p.StaffHands * formalisation, MidpointRounding.AwayFromZero);

    /// <summary>The board's decision to stop: a formal organisation's board judges its base gone (afresh each week,
    /// Rules/StableBase), unless a mobilised crisis holds it.</summary>
    public static bool Decides(double formalisation, bool baseGone, bool mobilised, LifecycleParameters p) =>
        formalisation >= p.EstablishedFormalisation && baseGone && !mobilised;

    public static Phase Next(in Inputs x, LifecycleParameters p)
    {
        if (x.Phase == Phase.Ended) return Phase.Ended;
        if (x.PlaceLost) return Phase.Ended;
        bool belowQuorum = x.Active < p.Quorum;
        // A formal organisation with paid staff carries on without a volunteer quorum until its money
        // runs out or its board decides to stop because the base is gone (Jan Eef, 002 l.2290-2296,
        // Rules/StableBase); an informal group also ends when the hands are gone.
        bool formal = x.Formalisation >= p.EstablishedFormalisation;
        bool stopping = formal && x.BaseGone;
        bool decides = Decides(x.Formalisation, x.BaseGone, x.Mobilised, p);
        // Decide, then stop as planned: a board that decides stops in the week it planned at its decision
        // (Rules/PlannedStop, fifty-seventh round), or sooner when the money is gone: Jan Eef's "Eind mei is het
        // geld op" (Het Parool, March 2017) and the team's stop on 31 May 2017. Before the forty-second round it
        // ran on for the whole decline; until the fifty-seventh it stopped only when the cash was gone (docs/model.md §6).
        if (decides && (x.Cash <= 0 || x.PlanDue)) return Phase.Ended;
        switch (x.Phase)
        {
            case Phase.Idea:
                return belowQuorum ? Phase.Idea : Phase.Pioneer;
            case Phase.Decline:
                if (!stopping && x.Active >= p.RecoveryActive && x.Cash >= 0) return Phase.Growth;
                return x.WeeksInPhase >= p.EndAfterWeeks && (x.Cash < 0 || (belowQuorum && !formal) || stopping) ? Phase.Ended : Phase.Decline;
        }
        if ((x.Crisis && !x.Mobilised) || decides) return Phase.Decline;
        bool vulnerable = belowQuorum || (x.Setback && x.Phase == Phase.Pioneer);
        if (vulnerable && x.FallBackDraw01 < p.FallBackChance * x.FallBackFactor) return Phase.Decline;
        return x.Phase switch
        {
            Phase.Pioneer when x.Members >= p.GrowthMembers => Phase.Growth,
            Phase.Growth when x.Formalisation >= p.EstablishedFormalisation || x.DurablePosition => Phase.Established,
            _ => x.Phase,
        };
    }
}
