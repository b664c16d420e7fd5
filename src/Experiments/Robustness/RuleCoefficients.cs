using WijkSim.Experiments.Design;
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
            string key = $"{path}.{name}";
            // A number is what ParameterKeys can format and move; a group of rules is walked into.
            if (ParameterKeys.KindOf(key) != ValueKind.Other) yield return key;
            else if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && ConfigBinder.KeysOf(property.PropertyType).Count > 0)
                foreach (var inner in Walk(property.PropertyType, key)) yield return inner;
        }
    }
}
