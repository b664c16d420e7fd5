namespace WijkSim.Benchmarks;

/// <summary>Finds the shipped scenario files from wherever BenchmarkDotNet runs its child process.</summary>
public static class Scenarios
{
    public static string Path(string name)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = System.IO.Path.Combine(dir.FullName, "src", "Scenarios", "scenarios", name);
                if (File.Exists(candidate)) return candidate;
            }
        throw new FileNotFoundException($"scenario {name} not found above {AppContext.BaseDirectory}");
    }
}
