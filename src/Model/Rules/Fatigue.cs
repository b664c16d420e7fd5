using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Fatigue builds with hours given relative to one's time budget and recovers each week;
/// it is why a small core cannot carry an initiative for ever (003 l.380-450, turnover).</summary>
public static class Fatigue
{
    public static double Next(double fatigue, double hours, double timeBudget, ParticipationParameters p)
    {
        double load = timeBudget > 0 ? hours / timeBudget : 0.0;
        return Math.Clamp(fatigue + p.FatigueRate * load - p.FatigueRecovery, 0.0, 1.0);
    }
}
