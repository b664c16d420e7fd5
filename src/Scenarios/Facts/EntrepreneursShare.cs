using WijkSim.Model.Output;
using WijkSim.Model.State;
using static WijkSim.Scenarios.Facts.RunMeasures;

namespace WijkSim.Scenarios.Facts;

/// <summary>Jan Eef's entrepreneurs' share of the association's money over the first BIZ (forty-fourth round,
/// docs/model.md §6). The farewell notice (2017): "De ondernemers droegen van 2012 tot 2016 ieder jaar financieel
/// 20% bij aan de Winkelstraatvereniging via zo'n eigen BIZ fonds" (the words the first
/// quote left out, as the review r44 quotes the stored notice). The model's income in those years is mostly coded amounts (the partner
/// grant, its taper, the first levy on the shopkeepers), so this checks those assumptions against a source, not
/// the model's dynamics: a mechanism check.</summary>
public static class EntrepreneursShare
{
    /// <summary>The reported share, halved and doubled (ASSUMPTION, the convention of team-falls-as-reported).</summary>
    public const double Reported = 0.2, Low = Reported / 2, High = Reported * 2;

    public const string From = "2012-01-02", To = "2016-12-26";

    /// <summary>The contributions (the BIZ levy; Jan Eef asks no fee) over all income, pooled over the weeks
    /// From to To; null for a run whose association ended before To (it did not pay through the first BIZ)
    /// or that had no income at all.</summary>
    public static double? Of(RunResult r)
    {
        int from = WeekOf(r, From), to = WeekOf(r, To);
        if (EndedBefore(r, to + 1)) return null;
        double contributions = 0, total = 0;
        foreach (var x in Between(r, from, to + 1))
        {
            contributions += x.Income[(int)IncomeSource.Contributions];
            total += x.Income.Total;
        }
        return total > 0 ? contributions / total : null;
    }

    public static bool Holds(RunResult r) => Of(r) is double share && share >= Low && share <= High;
}
