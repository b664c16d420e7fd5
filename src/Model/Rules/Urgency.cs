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

    /// <summary>The urgency a crisis mobilisation added, decaying towards none at the rate of
    /// <see cref="Next"/>. It raises everyone's propensity like any urgency, but the core is chosen without
    /// it, as without a campaign's pull (Participation.NextRole): when De Ketel's staff mobilised "de
    /// netwerken die zij gaandeweg hebben opgebouwd ... en vele anderen", what formed was "een groepje",
    /// the Ketelbinkies (002 l.1970-1976). A shock to the neighbourhood (Jan Eef's murder) is not a
    /// mobilisation: its urgency does make leaders, the four "motortjes" (l.2185, 2201).</summary>
    public static double Mobilised(double mobilised, double jump, UrgencyParameters p) =>
        Math.Clamp(mobilised - p.Decay * mobilised + jump, 0.0, 1.0);
}
