using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Fun or 'klik' (003): doing things with others one likes, in one's own way. Falls with
/// formalisation through autonomy (Jan Eef, 002 l.2266-2270) and with mission drift (mechanism 9).</summary>
public static class Fun
{
    public static double Next(double fun, double sociability, double peerActiveShare, double autonomy, double missionDrift, ParticipationParameters p)
    {
        double target = p.KlikWeight * sociability * (0.5 + peerActiveShare)
            + p.FunAutonomyWeight * autonomy
            - p.FunDriftWeight * missionDrift;
        return Math.Clamp(fun + p.FunRate * (Math.Clamp(target, 0.0, 1.0) - fun), 0.0, 1.0);
    }
}
