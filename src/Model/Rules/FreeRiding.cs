using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Mechanism 3, free riding. The collective good is non-excludable; social control is
/// complete in a working team of up to about 50 and falls beyond (003 l.355-372: giving circles capped
/// at 50, a cooperative that splits above 50). The team is those who work, volunteers and core, not the
/// supporters: "niet dat de wijkonderneming zelf klein moet blijven maar dat de teams waarin gewerkt
/// wordt klein genoeg blijven" (l.366-369). Remedies are levers: splitting into sub-groups, visible
/// contribution, and a compulsory contribution (the BIZ levy, Rules/BizVote.cs).</summary>
public static class FreeRiding
{
    /// <summary>Members of one sub-group when a working team of <paramref name="members"/> splits into groups of
    /// at most <paramref name="splitSize"/> (0 = no split). Sub-groups are as equal as possible.</summary>
    public static double EffectiveGroupSize(int members, int splitSize)
    {
        if (splitSize <= 0 || members <= splitSize) return members;
        int groups = (members + splitSize - 1) / splitSize;
        return (double)members / groups;
    }

    /// <summary>Social control in (0, 1]: 1 up to the threshold (raised by visible contribution),
    /// then (threshold / size)^elasticity. Non-increasing in group size.</summary>
    public static double SocialControl(double groupSize, double visibleContribution, FreeRidingParameters p)
    {
        double threshold = p.GroupSizeThreshold * (1.0 + p.VisibilityBonus * visibleContribution);
        return groupSize <= threshold ? 1.0 : Math.Pow(threshold / groupSize, p.Elasticity);
    }

    /// <summary>Factor on volunteers' hours from lost social control.</summary>
    public static double EffortFactor(double socialControl, FreeRidingParameters p) =>
        Math.Pow(socialControl, p.EffortElasticity);

    /// <summary>Share of those who enjoy the good without contributing (support, hours or a levy), over all who enjoy it.</summary>
    public static double Share(int enjoyers, int contributors) =>
        enjoyers <= 0 ? 0.0 : Math.Clamp((double)(enjoyers - contributors) / enjoyers, 0.0, 1.0);
}
