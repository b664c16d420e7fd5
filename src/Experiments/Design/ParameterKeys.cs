using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using WijkSim.Model.Config;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Experiments.Design;

/// <summary>Looks up what a key path (<c>municipality.agreements[0].decision_lag_weeks</c>) holds by walking
/// the configuration records, the same schema the scenario binder uses. Unknown keys are not reported
/// here: loading the scenario with the value reports them, with the binder's did-you-mean.</summary>
public static partial class ParameterKeys
{
    [GeneratedRegex(@"^(?<name>[a-z_][a-z0-9_]*)(\[\d+\])?$")]
    private static partial Regex Segment();

    /// <summary>The property at the end of the path, or null when the path does not name one.</summary>
    public static PropertyInfo? Find(string path)
    {
        var type = typeof(ModelConfig);
        PropertyInfo? property = null;
        foreach (var segment in path.Split('.'))
        {
            var m = Segment().Match(segment);
            if (!m.Success || type is null || !ConfigBinder.KeysOf(type).TryGetValue(m.Groups["name"].Value, out property)) return null;
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            type = t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) ? t.GetGenericArguments()[0] : t;
        }
        return property;
    }

    public static ValueKind KindOf(string path)
    {
        var property = Find(path);
        if (property is null) return ValueKind.Other;
        var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        // An entry of a list of numbers (funders[0].windows[1]) is a number of the list's kind.
        if (path.EndsWith(']') && t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>)) t = t.GetGenericArguments()[0];
        return t == typeof(int) || t == typeof(long) ? ValueKind.WholeNumber : t == typeof(double) ? ValueKind.Number : ValueKind.Other;
    }

    /// <summary>The value a configuration holds at a key path, or null when the path does not lead to
    /// one (an unknown key, a list entry the scenario does not have, an absent optional section).</summary>
    public static object? ValueOf(ModelConfig config, string path)
    {
        object? node = config;
        foreach (var segment in path.Split('.'))
        {
            var m = Segment().Match(segment);
            if (!m.Success || node is null || !ConfigBinder.KeysOf(node.GetType()).TryGetValue(m.Groups["name"].Value, out var property)) return null;
            node = property.GetValue(node);
            var index = m.Groups[1];
            if (index.Success)
            {
                int i = int.Parse(index.Value.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture);
                node = node is System.Collections.IList list && i < list.Count ? list[i] : null;
            }
        }
        return node;
    }

    /// <summary>The key's valid range from its <see cref="RangeAttribute"/>, if it has one.</summary>
    public static (double Min, double Max)? RangeOf(string path)
    {
        var range = Find(path)?.GetCustomAttribute<RangeAttribute>();
        if (range is null) return null;
        return (Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
    }
}
