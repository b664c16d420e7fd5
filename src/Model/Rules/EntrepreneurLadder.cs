using WijkSim.Model.Parameters;
using WijkSim.Model.State;

namespace WijkSim.Model.Rules;

/// <summary>Mechanisms 10 and 11: residents on benefits with an entrepreneurial wish climb from
/// potential to aspiring by taking part (informal learning), to resident-entrepreneur only rarely unless
/// the benefit is safe (fear of losing it; 000 l.1004-1016), and from there, as core members, to social
/// entrepreneur (000 l.486-533, 671-701). The ladder does not fall back: a business once started stays.</summary>
public static class EntrepreneurLadder
{
    /// <param name="active">she is an active volunteer or core member of an initiative this week</param>
    /// <param name="core">she is a core member of an initiative this week</param>
    public static EntrepreneurStage Next(EntrepreneurStage stage, bool active, bool core, bool benefitSafe, double draw01, LadderParameters p) => stage switch
    {
        EntrepreneurStage.Potential when active && draw01 < p.AspireChance => EntrepreneurStage.Aspiring,
        EntrepreneurStage.Aspiring when draw01 < StartChance(benefitSafe, p) => EntrepreneurStage.ResidentEntrepreneur,
        EntrepreneurStage.ResidentEntrepreneur when core && draw01 < p.SocialChance => EntrepreneurStage.SocialEntrepreneur,
        _ => stage,
    };

    /// <summary>Weekly chance to start a business; higher with a benefit-safety guarantee.</summary>
    public static double StartChance(bool benefitSafe, LadderParameters p) => p.StartChance * (benefitSafe ? 1.0 : p.BenefitFear);
}
