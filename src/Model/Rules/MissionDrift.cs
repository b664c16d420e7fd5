using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 9, mission drift: money tied to another agenda pulls activities away from the
/// founding purpose ('dressuur', De Ketel, 002 l.2105-2116). Drift lowers fun (Rules/Fun.cs) and
/// trust (Rules/Trust.cs).</summary>
public static class MissionDrift
{
    /// <param name="pulledShare">share of this week's income that carries agenda conditions, weighted by their pull</param>
    public static double Next(double drift, double pulledShare, MissionDriftParameters p) =>
        Math.Clamp(drift + p.Rate * pulledShare - p.Recovery * (1.0 - pulledShare), 0.0, 1.0);
}
