using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 4, draagvlak. Passive support is real support (003 l.245-255) but fades when
/// visible progress lags (De Witte Vlinder: support dwindled while no building came, 003 l.215-230);
/// recognition slows the fading (003 l.295-305). Awareness spreads through ties and events.</summary>
public static class Draagvlak
{
    /// <summary>Weekly chance that a resident in reach who does not know the initiative hears of it.</summary>
    public static double AwarenessChance(double peerSupportShare, double eventBoost, DraagvlakParameters p) =>
        Math.Clamp(p.AwarenessBase + p.AwarenessSpread * peerSupportShare + p.AwarenessEvent * eventBoost, 0.0, 1.0);

    /// <summary>Weekly chance that a passive supporter drops back to merely aware. Non-decreasing in the
    /// weeks without visible progress; non-increasing in recognition.</summary>
    public static double FadeChance(int weeksWithoutProgress, double recognition, DraagvlakParameters p)
    {
        int lag = Math.Max(0, weeksWithoutProgress - p.ProgressGraceWeeks);
        double chance = Math.Min(p.MaxFade, p.BaseFade + p.FadePerLagWeek * lag);
        return chance * (1.0 - p.RecognitionEffect * recognition);
    }

    /// <summary>Trust after drifting away disappointed: lower, so that she does not rejoin at once.</summary>
    public static double AfterFading(double trust, DraagvlakParameters p) => Math.Max(0.0, trust - p.FadeTrustLoss);

    /// <summary>True if this week's output counts as visible progress for the residents in reach.</summary>
    public static bool VisibleProgress(double output, int reach, DraagvlakParameters p) =>
        reach > 0 && output >= p.ProgressOutputPerResident * reach;
}
