using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 4, draagvlak. Passive support is real support (003 l.245-255) but fades when
/// visible progress lags (De Witte Vlinder: support dwindled while no building came, 003 l.217-231);
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

    /// <summary>True if a resident who knows the initiative but does not support it can become a supporter
    /// this week: not while visible progress lags past the grace period. Disappointment keeps people
    /// away, it does not last one week: "toen de voortgang uitbleef werd ook het draagvlak snel minder
    /// ... het werk kwam op de kleine kerngroep neer" until a building came, and only then "zijn veel
    /// mensen ook weer actief betrokken" (De Witte Vlinder, 003 l.217-231; "veel praten maar weinig te
    /// doen", l.236-238). Without this, a supporter who faded rejoined the next week and a lag did not
    /// lower support at all (the known failure of generic.progress-lag-fades, seventh session).</summary>
    public static bool WelcomesNewSupport(int weeksWithoutProgress, DraagvlakParameters p) =>
        weeksWithoutProgress <= p.ProgressGraceWeeks;

    /// <summary>Trust after drifting away disappointed: lower, so that she does not rejoin at once.</summary>
    public static double AfterFading(double trust, DraagvlakParameters p) => Math.Max(0.0, trust - p.FadeTrustLoss);

    /// <summary>True if this week's output counts as visible progress: some output, and at least the threshold
    /// per member. Progress is measured against the support it has to satisfy, not against the
    /// neighbourhood: "Als draagvlak snel groeit maar projecten achterblijven kunnen mensen al snel
    /// teleurgesteld raken: veel praten maar weinig te doen" (003 l.236-238). (Measured per resident in
    /// reach, a young group of five founders was "without progress" in its first weeks, and once it could
    /// no longer gain supporters in a lag it could not grow at all; De Witte Vlinder's first year had
    /// "veel bijval", l.219-221.)</summary>
    public static bool VisibleProgress(double output, int members, DraagvlakParameters p) =>
        output > 0 && output >= p.ProgressOutputPerMember * members;
}
