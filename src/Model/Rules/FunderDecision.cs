using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>A fund's decision on an application: criteria novelty, impact and organisational
/// capacity; funds favour the new and cap the years per project; co-funding demands (001 l.101-103).</summary>
public static class FunderDecision
{
    /// <summary>Weighted score: each criterion 0..1 times its weight (0..2). Novelty falls with the initiative's age.</summary>
    public static double Score(double ageYears, double legitimacy, double formalisation, int active, FunderConfig f, FundingParameters p)
    {
        double novelty = Math.Clamp(1.0 - ageYears / p.NoveltyYears, 0.0, 1.0);
        double capacity = 0.5 * formalisation + 0.5 * Math.Min(1.0, (double)active / p.CapacityActive);
        return f.NoveltyWeight * novelty + f.ImpactWeight * legitimacy + f.CapacityWeight * capacity;
    }

    /// <summary>True if the grant is given. A fund with less left of its year's budget than its grant still
    /// grants, what is left (<see cref="Amount"/>); only an empty budget refuses.</summary>
    /// <param name="otherIncomeShare">share of the initiative's smoothed income from other sources</param>
    public static bool Grants(double score, double noise01, int yearsFunded, double budgetLeft, double otherIncomeShare,
        FunderConfig f, FundingParameters p) =>
        yearsFunded < f.MaxYears
        && budgetLeft > 0
        && otherIncomeShare >= f.CoFundingShare
        && score + p.ScoreNoise * (2.0 * noise01 - 1.0) >= f.Threshold;

    /// <summary>What a grant given pays a year: the fund's grant, at most what is left of its budget.
    /// ASSUMPTION (no seed line gives a fund's rule): a fund that has less left than it usually gives
    /// gives what it has. (Before the ninth round it gave nothing: De Ketel's GGZ fund, whose budget is its
    /// one offer, refused outright once `robustness` moved the offer 10% above the budget, and De Ketel's
    /// survival fell from 100% to 10%: a cliff made by two copies of one number.)</summary>
    public static double Amount(double budgetLeft, FunderConfig f) => Math.Min(f.GrantPerYear, Math.Max(0.0, budgetLeft));
}
