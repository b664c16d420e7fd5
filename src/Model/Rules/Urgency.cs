using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 5, urgency: jumps with a shock (Jan Eef: 2010-10-07, 002 l.2185), relaxes
/// to a baseline, and falls with visible success (002 l.2284-2286: success removed the urgency).</summary>
public static class Urgency
{
    /// <param name="urgency">last week's urgency</param>
    /// <param name="shock">this week's shocks and mobilisation, 0..1</param>
    /// <param name="success">visible success this week, 0..1 (the good-signal of the output)</param>
    public static double Next(double urgency, double shock, double success, UrgencyParameters p) =>
        Math.Clamp(urgency + p.Decay * (p.Baseline - urgency) - p.SuccessDamping * success + shock, 0.0, 1.0);
}
