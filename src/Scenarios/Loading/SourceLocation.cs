namespace WijkSim.Scenarios.Loading;

/// <summary>Where a value came from: a file and line, or a command-line override.</summary>
public sealed record SourceLocation(string Source, long Line, long Column)
{
    public static SourceLocation CommandLine(string setting) => new($"--set {setting}", 0, 0);

    public override string ToString() => Line > 0 ? $"{Source}, line {Line}" : Source;
}
