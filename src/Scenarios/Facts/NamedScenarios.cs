using WijkSim.Scenarios.Loading;

namespace WijkSim.Scenarios.Facts;

/// <summary>The scenarios that facts name: a file <c>NAME.yaml</c> in a folder or in its <c>variants/</c>
/// subfolder (the generic facts' variants of the baseline, which the workshop does not list), or a variant
/// in code (<see cref="FactCatalogue.Variants"/>), loaded with overrides as <c>--set</c> would apply them.</summary>
public sealed class NamedScenarios(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>The subfolder of variant files.</summary>
    public const string VariantFolder = "variants";

    /// <summary>The scenario file a name is loaded from (a variant's base file): the folder's own file, else
    /// the one in <see cref="VariantFolder"/>.</summary>
    public string FileOf(string name)
    {
        string file = FactCatalogue.Variants.FirstOrDefault(v => v.Name == name)?.BaseScenario ?? name;
        string own = Path.Combine(Folder, file + ".yaml"), variant = Path.Combine(Folder, VariantFolder, file + ".yaml");
        return !File.Exists(own) && File.Exists(variant) ? variant : own;
    }

    /// <param name="varied">overrides applied after <paramref name="settings"/>, named --vary in messages</param>
    /// <param name="variedYieldsToFileSets">leave out a design value of a key that the scenario's own files set (their
    /// <c>set:</c> section): for a design that sets one value in every scenario of the facts (robustness's
    /// <c>--vary</c> and <c>--posterior</c>, calibrate's <c>--param</c>), because the variant is defined by it. The
    /// baseline's bar for visible progress is a coefficient those designs move, but no-progress.yaml sets it far
    /// above any output to make its counterfactual; moved there too, both sides of generic.progress-lag-fades were
    /// the baseline and the fact failed at every point of the coefficients' hypercube (docs/model.md §5). Not for
    /// robustness's one-at-a-time moves, which move each scenario's own amount, a variant's <c>set:</c> among them.</param>
    public LoadedScenario Load(string name, IReadOnlyList<string>? settings = null, IReadOnlyList<string>? varied = null, bool variedYieldsToFileSets = false)
    {
        var variant = FactCatalogue.Variants.FirstOrDefault(v => v.Name == name);
        string file = FileOf(name);
        if (!File.Exists(file))
            throw new ScenarioError(new SourceLocation(file, 0, 0), "", $"the facts need the scenario '{name}', but {Folder} has no file {Path.GetFileName(file)}, nor has its subfolder {VariantFolder}/");
        var loaded = ScenarioLoader.Load(file, settings, varied, variedYieldsToFileSets);
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
