using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 1, trust. Sources: 003 l.50-170 (trust grows by doing things together and by
/// reciprocity), l.80-90 (past experience), l.655-710 (systeemwereld vs leefwereld), 001 l.84-95 and
/// 004 l.591-597 (an intermediary makes trust in the municipality grow).</summary>
/// <remarks>Trust relaxes towards a target rather than accumulating increments, so that it has an
/// equilibrium for a steady situation and stays in [0, 1] without clipping doing the work.</remarks>
public static class Trust
{
    /// <summary>Starting trust from past experience in -1..1.</summary>
    public static double Initial(double baseline, double pastExperience, TrustParameters p) =>
        Math.Clamp(baseline + p.PastExperienceWeight * pastExperience, 0.0, 1.0);

    /// <summary>What a resident gets back for what she gives, in -1..1: enjoyment of the collective
    /// good, and for members recognition and being heard, minus her effort and the mission drift.</summary>
    public static double Reciprocity(double goodSignal, bool member, double recognition, double autonomy,
        double givenShare, double missionDrift, TrustParameters p)
    {
        double r = p.GoodWeight * goodSignal - p.EffortWeight * givenShare - p.DriftWeight * missionDrift;
        if (member) r += p.RecognitionWeight * recognition + p.HeardWeight * (autonomy - 0.5);
        return Math.Clamp(r, -1.0, 1.0);
    }

    /// <summary>Next week's trust in an initiative. Non-decreasing in reciprocity and transparency.</summary>
    public static double InInitiative(double trust, double reciprocity, double transparency, bool crisis, TrustParameters p)
    {
        double target = Math.Clamp(0.5 + p.ReciprocityWeight * reciprocity + p.TransparencyWeight * (transparency - 0.5), 0.0, 1.0);
        double next = trust + p.LearningRate * (target - trust);
        if (crisis) next -= p.CrisisDrop;
        return Math.Clamp(next, 0.0, 1.0);
    }

    /// <summary>Next week's trust in the municipality. Rises towards a target set by stance, an
    /// intermediary and benefit dependence; falls with institutional shocks (cuts, delays, a new alderman
    /// dropping commitments) the resident notices through the initiatives she knows.</summary>
    public static double InMunicipality(double trust, bool partner, bool intermediary, bool onBenefits, double shock, TrustParameters p)
    {
        double target = p.InitialMunicipality
            + (partner ? p.PartnerEffect : 0.0)
            + (intermediary ? p.IntermediaryEffect : 0.0)
            - (onBenefits ? p.BenefitsPenalty : 0.0);
        double next = trust + p.MunicipalityLearningRate * (Math.Clamp(target, 0.0, 1.0) - trust) - p.ShockDrop * shock;
        return Math.Clamp(next, 0.0, 1.0);
    }
}
