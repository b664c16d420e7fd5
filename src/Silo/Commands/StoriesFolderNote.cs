using WijkSim.Experiments.Stories;

namespace WijkSim.Silo.Commands;

/// <summary>Says so when a scenario folder has no <c>stories</c> folder beside it. Why: the story checks
/// are found there (<see cref="FactBook.StoriesFolder"/>), so <c>facts</c> or <c>robustness</c> on a copied
/// scenario folder would otherwise run the coded facts alone, and 47 missing rows are easy to miss in a
/// long table (it happened to a maintainer, twentieth session).</summary>
internal static class StoriesFolderNote
{
    public static void WarnIfMissing(string scenarioFolder)
    {
        string stories = FactBook.StoriesFolder(scenarioFolder);
        if (!Directory.Exists(stories))
            Console.Error.WriteLine($"note: no story checks: '{stories}', the stories folder beside --scenarios, does not exist; only the coded facts run");
    }
}
