namespace WijkSim.Scenarios.Loading;

/// <summary>A problem in a scenario file or override, reported as one paragraph naming the file,
/// line and key, what was expected and what was found. The CLI prints it and exits non-zero.</summary>
public sealed class ScenarioError(SourceLocation location, string key, string problem) : Exception(Format(location, key, problem))
{
    public SourceLocation Location { get; } = location;
    public string Key { get; } = key;
    public string Problem { get; } = problem;

    private static string Format(SourceLocation location, string key, string problem) =>
        key.Length > 0 ? $"{location}, key '{key}': {problem}" : $"{location}: {problem}";
}
