namespace WijkSim.Experiments.Results;

/// <summary>The Kaplan-Meier (product-limit) survival curve of initiatives: S(t) = Π over event weeks
/// u ≤ t of (1 − ended at u / at risk at u). Initiatives alive at the horizon are censored there, so
/// runs with different horizons can share one curve.</summary>
public sealed record SurvivalCurve(int Subjects, IReadOnlyList<(int Week, double Survival)> Steps)
{
    /// <summary>Survival just after week <paramref name="week"/>.</summary>
    public double At(int week)
    {
        double s = 1;
        foreach (var (w, value) in Steps) { if (w > week) break; s = value; }
        return s;
    }

    /// <summary>The first week at which survival is at most one half, or null if it never drops that far.</summary>
    public int? MedianWeek => Steps.Where(s => s.Survival <= 0.5).Select(s => (int?)s.Week).FirstOrDefault();

    /// <param name="subjects">for each initiative: the week it ended, or null with the week it was last seen</param>
    public static SurvivalCurve Estimate(IReadOnlyList<(int? Ended, int LastSeen)> subjects)
    {
        var steps = new List<(int, double)>();
        double s = 1;
        foreach (var week in subjects.Where(x => x.Ended is not null).Select(x => x.Ended!.Value).Distinct().Order())
        {
            int atRisk = subjects.Count(x => (x.Ended ?? x.LastSeen) >= week);
            int ended = subjects.Count(x => x.Ended == week);
            s *= 1 - ended / (double)atRisk;
            steps.Add((week, s));
        }
        return new SurvivalCurve(subjects.Count, steps);
    }

    public static SurvivalCurve Of(IEnumerable<RunRow> rows) =>
        Estimate(rows.Select(r => (r.Outcome.EndedWeek, r.Weeks - 1)).ToArray());
}
