using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Fatigue builds with hours given relative to one's time budget and recovers each week;
/// it is meant as why a small core cannot carry an initiative for ever (003 l.380-450, turnover). At the
/// calibrated rates (0.06 gained at a full budget, 0.05 recovered) a core member's hours, 0.8 of her budget,
/// add less than a week recovers, so she never tires: only those who work beyond their budget do, the
/// Voedseltuin's placed volunteers (docs/model.md §4, forty-ninth session).</summary>
public static class Fatigue
{
    public static double Next(double fatigue, double hours, double timeBudget, ParticipationParameters p)
    {
        double load = timeBudget > 0 ? hours / timeBudget : 0.0;
        return Math.Clamp(fatigue + p.FatigueRate * load - p.FatigueRecovery, 0.0, 1.0);
    }
}
