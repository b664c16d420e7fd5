using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 6, formalisation (association, board, paid staff): raises capacity and
/// continuity, costs staff money, and takes autonomy from volunteers; a board that steers more makes
/// motivation ebb (Jan Eef, 002 l.2266-2272).</summary>
public static class Formalisation
{
    /// <summary>Formalisation moves towards its target (set by a formalise event).</summary>
    public static double Next(double formalisation, double target, FormalisationParameters p) =>
        Math.Clamp(formalisation + p.Rate * (target - formalisation), 0.0, 1.0);

    /// <summary>The board's grip on the work, in [0, 1]: it closes a share <c>GripRate</c> of the gap to
    /// formalisation × board steering each week. A new board does not steer at full strength at once: "de
    /// professionalisering ... begint langzaam te schuren" and "het bestuur steeds meer stuurt" (002
    /// l.2261-2262, 2270): the grip tightens over years, so the motivation that carried the first BIZ
    /// campaign (December 2011 in jan-eef.yaml) has ebbed by the canvass for the renewal (February 2017,
    /// l.2272-2275).</summary>
    public static double Grip(double grip, double formalisation, double boardSteering, FormalisationParameters p) =>
        Math.Clamp(grip + p.GripRate * (formalisation * boardSteering - grip), 0.0, 1.0);

    /// <summary>Volunteers' autonomy in [0, 1]; non-increasing in the board's grip.</summary>
    public static double Autonomy(double grip, FormalisationParameters p) =>
        Math.Clamp(1.0 - p.AutonomyLoss * grip, 0.0, 1.0);

    /// <summary>The autonomy one resident feels: the board steers, it is not steered. "Omdat het bestuur
    /// steeds meer stuurt wordt die vrijheid ingedamd" (002 l.2263-2271) is the freedom of the many who do
    /// the work, so the core (the board, once formal) keeps full autonomy and only the others lose it.</summary>
    public static double FeltAutonomy(bool inCore, double volunteersAutonomy) => inCore ? 1.0 : volunteersAutonomy;

    /// <summary>Output per hour relative to an informal group.</summary>
    public static double Capacity(double formalisation, FormalisationParameters p) => 1.0 + p.CapacityGain * formalisation;

    /// <summary>Factor on the chance of falling back a phase: formal organisations carry on.</summary>
    public static double FallBackFactor(double formalisation, FormalisationParameters p) => 1.0 - p.Continuity * formalisation;
}
