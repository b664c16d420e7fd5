using WijkSim.Scenarios.Facts;

namespace WijkSim.Experiments.Stories;

/// <summary>Everything the model is checked against: the catalogue's stylised facts (coded in
/// <see cref="FactCatalogue"/>) and the cases' story checks (YAML files in the <c>stories</c> folder next
/// to the scenarios folder, <see cref="StoryFile"/>).</summary>
public static class FactBook
{
    public static IReadOnlyList<Fact> All(NamedScenarios scenarios) => [.. FactCatalogue.All, .. Stories(scenarios)];

    public static IReadOnlyList<ShareFact> Stories(NamedScenarios scenarios) => StoryFile.LoadFolder(StoriesFolder(scenarios.Folder), scenarios);

    /// <summary>src/Scenarios/stories beside src/Scenarios/scenarios (and bin/stories beside bin/scenarios).</summary>
    public static string StoriesFolder(string scenarioFolder) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(scenarioFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "stories");
}
