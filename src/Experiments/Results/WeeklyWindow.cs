using WijkSim.Model.Output;

namespace WijkSim.Experiments.Results;

/// <summary>One weekly.csv column of a run's first initiative over a date window, and the statistics
/// that targets and story checks state about it.</summary>
public sealed record WeeklyWindow(string Column, DateOnly From, DateOnly To)
{
    /// <summary>The statistics of one run's window: mean, max, min, change (last week minus first),
    /// max_rise (the largest rise from one week to the next; 0 if it never rises), or end_ratio (the mean
    /// of the window's last quarter over the mean of its first quarter).</summary>
    public static readonly string[] Statistics = ["mean", "max", "min", "change", "max_rise", "end_ratio"];

    /// <summary>The weeks averaged at each end by end_ratio: a quarter, so that one week's noise in a
    /// count does not decide a claim about a lasting loss or gain.</summary>
    public const int QuarterWeeks = 13;

    /// <summary>The column's values in the window, in week order (empty if the run ends before it).</summary>
    public double[] Values(RunResult run)
    {
        var of = WeeklyColumns.Numeric[Column];
        int k = run.Config.Initiatives.Count;
        int from = Math.Max(0, run.Config.WeekOf(From)), to = Math.Min(run.Weeks - 1, run.Config.WeekOf(To));
        var values = new double[Math.Max(0, to - from + 1)];
        for (int t = from; t <= to; t++) values[t - from] = of(run.Records[t * k]);
        return values;
    }

    /// <summary>One run's statistic over the window, NaN when the window holds no week of the run.</summary>
    public double Statistic(RunResult run, string statistic)
    {
        var w = Values(run);
        if (w.Length == 0) return double.NaN;
        return statistic switch
        {
            "mean" => w.Average(),
            "max" => w.Max(),
            "min" => w.Min(),
            "change" => w[^1] - w[0],
            "max_rise" => MaxRise(w),
            "end_ratio" => EndRatio(w),
            _ => throw new ArgumentOutOfRangeException(nameof(statistic), statistic, "expected mean, max, min, change, max_rise or end_ratio"),
        };
    }

    /// <summary>The largest rise from one week to the next: a one-week spike, which a steady climb of the
    /// same height does not have.</summary>
    public static double MaxRise(IReadOnlyList<double> values)
    {
        double rise = 0;
        for (int t = 1; t < values.Count; t++) rise = Math.Max(rise, values[t] - values[t - 1]);
        return rise;
    }

    /// <summary>The mean of the last <see cref="QuarterWeeks"/> values over the mean of the first ones: a
    /// relative change ("fewer than four in five of them are back") that window noise and the level of the
    /// count do not decide. NaN when the window is shorter than two quarters or its first quarter averages 0.</summary>
    public static double EndRatio(IReadOnlyList<double> values)
    {
        if (values.Count < 2 * QuarterWeeks) return double.NaN;
        double first = 0, last = 0;
        for (int t = 0; t < QuarterWeeks; t++)
        {
            first += values[t];
            last += values[values.Count - QuarterWeeks + t];
        }
        return first > 0 ? last / first : double.NaN;
    }
}
