using System.Globalization;
using System.Text.RegularExpressions;
using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Discovery;

/// <summary>The outcome of interest for scenario discovery: a 0/1 column (<c>survived</c>) or a comparison
/// of a column with a number (<c>mean_free_rider_share&lt;0.5</c>; operators &lt; &lt;= &gt; &gt;= == !=).</summary>
public sealed partial record OutcomeExpression(string Column, string Operator, double Threshold)
{
    [GeneratedRegex(@"^\s*(?<column>[a-z_][a-z0-9_]*)\s*(?:(?<op><=|>=|==|!=|<|>)\s*(?<value>[-+0-9.eE]+))?\s*$")]
    private static partial Regex Pattern();

    /// <exception cref="DesignError">malformed, or naming a column the table lacks</exception>
    public static OutcomeExpression Parse(string text, IReadOnlyList<string> columns)
    {
        var m = Pattern().Match(text);
        if (!m.Success) throw new DesignError("--outcome", text, "expected a column (e.g. survived) or a column compared with a number (e.g. 'mean_free_rider_share<0.5')");
        string column = m.Groups["column"].Value;
        if (!columns.Contains(column))
            throw new DesignError("--outcome", text, $"runs.csv has no column '{column}'; it has {string.Join(", ", columns)}" +
                (WijkSim.Scenarios.Loading.KeyNames.DidYouMean(column, columns) is string g ? $"; did you mean '{g}'?" : ""));
        if (!m.Groups["op"].Success) return new OutcomeExpression(column, ">", 0.5);
        if (!double.TryParse(m.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            throw new DesignError("--outcome", text, $"expected a number after {m.Groups["op"].Value}, found '{m.Groups["value"].Value}'");
        return new OutcomeExpression(column, m.Groups["op"].Value, v);
    }

    /// <summary>Whether a value meets the outcome; a missing value (NA) never does.</summary>
    public bool Holds(double value) => !double.IsNaN(value) && Operator switch
    {
        "<" => value < Threshold,
        "<=" => value <= Threshold,
        ">" => value > Threshold,
        ">=" => value >= Threshold,
        "==" => value == Threshold,
        _ => value != Threshold,
    };

    public override string ToString() => Operator == ">" && Threshold == 0.5 ? Column : $"{Column} {Operator} {Threshold.ToString(CultureInfo.InvariantCulture)}";
}
