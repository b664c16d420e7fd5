using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Calibration;

/// <summary>A parameter to calibrate and its prior: uniform on [lo, hi] (<c>key=lo:hi</c>), or uniform in
/// its logarithm (<c>key=lo:hi:log</c>, for amounts whose order of magnitude is unknown).</summary>
/// <remarks>The method works in the transformed space (the value, or its log), where the prior is flat:
/// the perturbation kernel is then symmetric in the scale the prior is stated in.</remarks>
public sealed record CalibrationParameter(Factor Factor, bool Log)
{
    public string Key => Factor.Key;
    public double Low => Factor.Low;
    public double High => Factor.High;

    /// <summary>Parses one <c>--param</c> (or <c>--vary</c>) argument <c>key=lo:hi[:log]</c>.</summary>
    /// <exception cref="DesignError">malformed, an empty range, not a number, or a log prior that reaches 0</exception>
    public static CalibrationParameter Parse(string text, string option = "--param")
    {
        bool log = text.EndsWith(":log", StringComparison.OrdinalIgnoreCase);
        string range = log ? text[..^4] : text;
        int eq = range.IndexOf('=');
        if (eq > 0 && range[(eq + 1)..].Split(':').Length != 2)
            throw new DesignError(option, text, "expected a range key=lo:hi or key=lo:hi:log, e.g. --param initiatives[0].fixed_costs_per_year=8000:20000");
        var factor = Factor.Parse(range, option);
        if (!factor.IsRange)
            throw new DesignError(option, text, "expected a numeric range key=lo:hi (a list of values is not a prior)");
        if (log && factor.Low <= 0)
            throw new DesignError(option, text, $"a log-uniform prior needs lo > 0, found {factor.Low}");
        return new CalibrationParameter(factor, log);
    }

    /// <summary>The value in the space the prior is flat in.</summary>
    public double ToFlat(double value) => Log ? Math.Log(value) : value;
    public double FromFlat(double flat) => Log ? Math.Exp(flat) : flat;
    public double FlatLow => ToFlat(Low);
    public double FlatHigh => ToFlat(High);

    /// <summary>A prior draw from a uniform u in [0, 1).</summary>
    public double FromUnit(double u) => FromFlat(FlatLow + u * (FlatHigh - FlatLow));

    public bool InPrior(double value) => value >= Low && value <= High;

    /// <summary>The value as the scenario loader receives it (whole-number keys rounded).</summary>
    public string Format(double value) => Factor.Format(value);

    public override string ToString() => $"{Key} ~ {(Log ? "log-uniform" : "uniform")}({Factor.Format(Low)}, {Factor.Format(High)})";
}
