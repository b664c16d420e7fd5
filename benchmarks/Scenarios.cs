namespace WijkSim.Benchmarks;

/// <summary>Finds the repository's files (scenarios, the wijksim build) from wherever BenchmarkDotNet
/// runs its child process.</summary>
public static class Scenarios
{
    public static string Path(string name) => RepoFile(System.IO.Path.Combine("src", "Scenarios", "scenarios", name));

    /// <summary>A file by its path from the repository root, searched above the running program.</summary>
    public static string RepoFile(string relative)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = System.IO.Path.Combine(dir.FullName, relative);
                if (File.Exists(candidate)) return candidate;
            }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory} (for wijksim.dll: dotnet build src/Silo -c Release)");
    }
}
