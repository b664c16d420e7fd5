namespace WijkSim.Tests.Support;

/// <summary>Paths in the repository, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "src", "Scenarios", "scenarios", name);

    public static IEnumerable<string> ShippedScenarios() =>
        Directory.GetFiles(Path.Combine(Root, "src", "Scenarios", "scenarios"), "*.yaml").Order(StringComparer.Ordinal);

    public static string BadScenarios => Path.Combine(Root, "tests", "WijkSim.Tests", "BadScenarios");

    public static string TempFolder(string purpose)
    {
        string path = Path.Combine(Path.GetTempPath(), "wijksim-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "WijkSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("WijkSim.sln not found above " + AppContext.BaseDirectory);
    }
}
