namespace WijkSim.Experiments.Design;

/// <summary>A varied key may name the scenarios it applies to: <c>de-ketel:initiatives[0].fixed_costs_per_year</c>
/// sets the amount only in the scenario <c>de-ketel</c> and its variants (<c>de-ketel-no-election</c>,
/// <c>de-ketel-plus-year</c>: every scenario whose name is the scope or starts with the scope and a
/// hyphen). A key without a scope applies to every scenario.</summary>
/// <remarks>Why: the cases' own amounts (Jan Eef's fixed costs, De Ketel's debt) and the coefficients all
/// cases share can then be calibrated in one step against the targets of all cases
/// (<c>wijksim calibrate --param de-ketel:initiatives[0].fixed_costs_per_year=4000:24000</c>), instead of
/// alternating a joint step and per-case steps, which is a coordinate search and not one posterior
/// (docs/model.md §4). Scenario keys never contain a colon, so the first colon before the '=' ends the scope.</remarks>
public static class ScenarioScope
{
    /// <summary>The scope (null when none) and the scenario key of a possibly scoped key.</summary>
    public static (string? Scope, string Key) Split(string key)
    {
        int colon = key.IndexOf(':');
        return colon > 0 ? (key[..colon].Trim(), key[(colon + 1)..].Trim()) : (null, key);
    }

    /// <summary>True if a key with this scope applies to the named scenario.</summary>
    public static bool Applies(string? scope, string scenario) =>
        scope is null || scenario == scope || scenario.StartsWith(scope + "-", StringComparison.Ordinal);

    /// <summary>The settings (<c>key=value</c>) that apply to the named scenario, without their scopes.</summary>
    public static IReadOnlyList<string> For(string scenario, IReadOnlyList<string> settings) =>
        settings.Select(s => (Setting: s, Eq: s.IndexOf('=')))
            .Select(x => (Parts: Split(x.Eq > 0 ? x.Setting[..x.Eq] : x.Setting), Value: x.Eq > 0 ? x.Setting[x.Eq..] : ""))
            .Where(x => Applies(x.Parts.Scope, scenario))
            .Select(x => x.Parts.Key + x.Value)
            .ToArray();
}
