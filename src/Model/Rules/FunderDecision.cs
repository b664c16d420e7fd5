using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>A fund's decision on an application: criteria novelty, impact and organisational
/// capacity; funds favour the new and cap the years per project; co-funding demands (001 l.101-103).</summary>
public static class FunderDecision
{
    /// <summary>Weighted score 0..3. Novelty falls with the initiative's age.</summary>
    public static double Score(double ageYears, double legitimacy, double formalisation, int active, FunderConfig f, FundingParameters p)
    {
        double novelty = Math.Clamp(1.0 - ageYears / p.NoveltyYears, 0.0, 1.0);
        double capacity = 0.5 * formalisation + 0.5 * Math.Min(1.0, (double)active / p.CapacityActive);
        return f.NoveltyWeight * novelty + f.ImpactWeight * legitimacy + f.CapacityWeight * capacity;
    }

    /// <summary>True if the grant is given.</summary>
    /// <param name="otherIncomeShare">share of the initiative's smoothed income from other sources</param>
    public static bool Grants(double score, double noise01, int yearsFunded, double budgetLeft, double otherIncomeShare,
        FunderConfig f, FundingParameters p) =>
        yearsFunded < f.MaxYears
        && budgetLeft >= f.GrantPerYear
        && otherIncomeShare >= f.CoFundingShare
        && score + p.ScoreNoise * (2.0 * noise01 - 1.0) >= f.Threshold;
}
