using WijkSim.Scenarios.Loading;

namespace WijkSim.Scenarios.Facts;

/// <summary>The scenarios that facts name: a file <c>NAME.yaml</c> in a folder, or a variant of one
/// (<see cref="FactCatalogue.Variants"/>), loaded with overrides as <c>--set</c> would apply them.</summary>
public sealed class NamedScenarios(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>The scenario file a name is loaded from (a variant's base file).</summary>
    public string FileOf(string name) =>
        Path.Combine(Folder, (FactCatalogue.Variants.FirstOrDefault(v => v.Name == name)?.BaseScenario ?? name) + ".yaml");

    /// <param name="varied">overrides applied after <paramref name="settings"/>, named --vary in messages</param>
    public LoadedScenario Load(string name, IReadOnlyList<string>? settings = null, IReadOnlyList<string>? varied = null)
    {
        var variant = FactCatalogue.Variants.FirstOrDefault(v => v.Name == name);
        string file = FileOf(name);
        if (!File.Exists(file))
            throw new ScenarioError(new SourceLocation(file, 0, 0), "", $"the facts need the scenario '{name}', but {Folder} has no file {Path.GetFileName(file)}");
        var loaded = ScenarioLoader.Load(file, settings, varied);
        return variant is null ? loaded : loaded with { Config = variant.Change(loaded.Config) with { Name = name } };
    }

    /// <summary>The scenarios a fact runs on.</summary>
    public static IReadOnlyList<string> Of(Fact fact) => fact switch
    {
        ShareFact s => [s.Scenario],
        CompareFact c => [c.ScenarioA, c.ScenarioB],
        _ => [],
    };
}
