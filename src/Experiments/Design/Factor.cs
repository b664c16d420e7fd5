using System.Globalization;

namespace WijkSim.Experiments.Design;

/// <summary>One thing an experiment varies: a scenario key and either a list of values
/// (<c>key=a,b,c</c>) or a numeric range (<c>key=lo:hi</c>, with <c>:steps</c> for a grid). The key may
/// carry a scenario scope (<c>de-ketel:key=...</c>, <see cref="ScenarioScope"/>).</summary>
/// <remarks>Values stay text until the scenario is loaded with them, so a value that does not fit
/// its key is reported by the scenario loader exactly as it would be for <c>--set</c>.</remarks>
public sealed record Factor(string Key, IReadOnlyList<string>? Levels, double Low, double High, int? Steps, ValueKind Kind)
{
    public bool IsRange => Levels is null;

    /// <summary>Parses one <c>--vary</c> (or <c>--factor</c>) argument.</summary>
    /// <exception cref="DesignError">the argument is malformed</exception>
    public static Factor Parse(string text, string option = "--vary")
    {
        int eq = text.IndexOf('=');
        if (eq <= 0) throw new DesignError(option, text, "expected key=v1,v2,... or key=lo:hi:steps, e.g. --vary municipality.agreements[0].decision_lag_weeks=4,12,26");
        string key = text[..eq].Trim();
        string values = text[(eq + 1)..].Trim();
        string bareKey = ScenarioScope.Split(key).Key;   // the key without its scenario scope
        var kind = ParameterKeys.KindOf(bareKey);
        if (values.Length == 0) throw new DesignError(option, text, "the list of values is empty; give at least one value, e.g. key=1,2,3");
        if (values.Contains(':') && !values.Contains(',')) return ParseRange(text, option, key, values, kind, known: ParameterKeys.Find(bareKey) is not null);
        var levels = values.Split(',').Select(v => v.Trim()).ToArray();
        if (levels.Any(v => v.Length == 0)) throw new DesignError(option, text, "one of the values is empty (two commas in a row, or a comma at the end)");
        if (levels.Distinct().Count() != levels.Length) throw new DesignError(option, text, "a value is listed twice");
        return new Factor(key, levels, 0, 0, null, kind);
    }

    private static Factor ParseRange(string text, string option, string key, string values, ValueKind kind, bool known)
    {
        var parts = values.Split(':');
        if (parts.Length is < 2 or > 3) throw new DesignError(option, text, "expected a range lo:hi or lo:hi:steps");
        if (kind == ValueKind.Other && known)
            throw new DesignError(option, text, $"'{key}' does not hold a number, so it has no range; list its values instead (key=a,b)");
        if (!TryNumber(parts[0], out double lo) || !TryNumber(parts[1], out double hi))
            throw new DesignError(option, text, $"expected numbers for lo and hi, found '{parts[0]}' and '{parts[1]}'");
        if (!(hi > lo)) throw new DesignError(option, text, $"expected lo < hi, found {parts[0]} and {parts[1]}");
        int? steps = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int s) || s < 2)
                throw new DesignError(option, text, $"expected a whole number of steps of at least 2, found '{parts[2]}'");
            steps = s;
        }
        return new Factor(key, null, lo, hi, steps, kind);
    }

    private static bool TryNumber(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>The values of a grid: the listed ones, or <c>steps</c> evenly spaced over the range.</summary>
    public IReadOnlyList<string> GridValues(string option = "--vary")
    {
        if (Levels is not null) return Levels;
        if (Steps is not int steps)
            throw new DesignError(option, $"{Key}={Format(Low)}:{Format(High)}", "a grid needs the number of steps: key=lo:hi:steps (or use --design lhs)");
        return Enumerable.Range(0, steps).Select(i => At(i / (double)(steps - 1))).Distinct().ToArray();
    }

    /// <summary>The value at a position u in [0, 1] of the factor: a point of the range, or the level
    /// whose equal-width slice contains u.</summary>
    public string At(double u)
    {
        if (Levels is not null) return Levels[Math.Min((int)(u * Levels.Count), Levels.Count - 1)];
        return Format(Low + u * (High - Low));
    }

    /// <summary>A number as the scenario value: whole-number keys are rounded, others written in full.</summary>
    public string Format(double value) => Kind == ValueKind.WholeNumber
        ? Math.Round(value, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The value as a number (for plots and statistics), or null for a value that is not one.</summary>
    public static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null;
}
