using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 9, mission drift: money tied to another agenda pulls activities away from the
/// founding purpose ('dressuur', De Ketel, 002 l.2105-2116). Drift lowers fun (Rules/Fun.cs) and
/// trust (Rules/Trust.cs).</summary>
public static class MissionDrift
{
    /// <summary>Drift moves towards the share of income that comes with another agenda's strings: an
    /// initiative "praat of schrijft het eigen initiatief ... in de richting van de subsidiepotjes van dat
    /// moment" (002 l.4033-4034), so it becomes what pays it. It does not go back: a place that
    /// has "uiteindelijk is verworden tot iets anders" (002 l.2116-2118) or a garden redesigned for
    /// visitors (l.3703-3712, 4035-4037) does not turn back when that money ends, and no seed tells of a
    /// return, so the default Recovery is 0 (a ratchet; a slow return stays a what-if key). The target is
    /// interior, so a small pull gives a small drift, not a slow slide to 1.</summary>
    /// <param name="pulledShare">share of this week's income that carries agenda conditions, weighted by their pull</param>
    public static double Next(double drift, double pulledShare, MissionDriftParameters p)
    {
        double gap = pulledShare - drift;
        return Math.Clamp(drift + (gap >= 0 ? p.Rate : p.Recovery) * gap, 0.0, 1.0);
    }
}
