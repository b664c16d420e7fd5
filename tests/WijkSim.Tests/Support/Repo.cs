namespace WijkSim.Tests.Support;

/// <summary>Paths in the repository, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(Root, "src", "Scenarios", "scenarios", name);

    public static string BadScenarios => Path.Combine(Root, "tests", "WijkSim.Tests", "BadScenarios");

    /// <summary>The names of the YAML files in a folder, in order, as theory data.</summary>
    public static TheoryData<string> YamlFileNames(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    public static TheoryData<string> ShippedScenarioNames() => YamlFileNames(Path.Combine(Root, "src", "Scenarios", "scenarios"));

    /// <summary>The generic facts' variant files, as paths under the scenario folder ("variants/fee.yaml").</summary>
    public static TheoryData<string> VariantScenarioNames()
    {
        var data = new TheoryData<string>();
        string variants = WijkSim.Scenarios.Facts.NamedScenarios.VariantFolder;
        foreach (var name in YamlFileNames(Path.Combine(Root, "src", "Scenarios", "scenarios", variants))) data.Add($"{variants}/{name}");
        return data;
    }

    /// <summary>Copies a folder with its subfolders, leaving out build output (bin, obj).</summary>
    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            if (Path.GetFileName(dir) is not ("bin" or "obj")) CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    /// <summary>A new empty folder for one test's files. It lies in this test run's folder, which goes
    /// when the run ends (see <see cref="TestRunFolder"/>).</summary>
    public static string TempFolder(string purpose)
    {
        string path = Path.Combine(TestRunFolder.Path, $"{purpose}-{Guid.NewGuid():N}");
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
