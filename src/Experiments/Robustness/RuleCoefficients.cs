using WijkSim.Model.Parameters;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Experiments.Robustness;

/// <summary>The rules' numeric coefficients as scenario keys (<c>rules.trust.drift_weight</c>): most are
/// ASSUMPTIONs written in code rather than in a scenario file, so a finding must not hinge on them either
/// (`robustness --oat-amounts rules` moves each of them on its own, in every scenario of the facts).</summary>
public static class RuleCoefficients
{
    /// <summary>Every number (real or whole) under <c>rules</c>, in declaration order.</summary>
    public static IReadOnlyList<string> Keys { get; } = Walk(typeof(RuleParameters), "rules").ToArray();

    private static IEnumerable<string> Walk(Type type, string path)
    {
        foreach (var (name, property) in ConfigBinder.KeysOf(type))
        {
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (t == typeof(double) || t == typeof(int) || t == typeof(long)) yield return $"{path}.{name}";
            else if (t.IsClass && t != typeof(string) && ConfigBinder.KeysOf(t).Count > 0)
                foreach (var key in Walk(t, $"{path}.{name}")) yield return key;
        }
    }
}
