namespace WijkSim.Experiments.Results;

/// <summary>The replications of one design point and initiative, summarised: every
/// <see cref="Measure"/> with its interval, and the Kaplan-Meier curve of the initiative's survival.</summary>
public sealed record PointSummary(int Point, int Initiative, IReadOnlyList<RunRow> Rows, IReadOnlyDictionary<string, Estimate> Estimates, SurvivalCurve Survival)
{
    /// <summary>One summary per (point, initiative), in point order; rows are taken in run order.</summary>
    public static IReadOnlyList<PointSummary> From(IEnumerable<RunRow> rows) =>
        rows.GroupBy(r => (r.Point, r.Initiative))
            .OrderBy(g => g.Key.Point).ThenBy(g => g.Key.Initiative)
            .Select(g =>
            {
                var group = g.OrderBy(r => r.Run).ToArray();
                var estimates = Measure.All.ToDictionary(m => m.Name, m => Estimate.Of(m, group));
                return new PointSummary(g.Key.Point, g.Key.Initiative, group, estimates, SurvivalCurve.Of(group));
            })
            .ToArray();
}
