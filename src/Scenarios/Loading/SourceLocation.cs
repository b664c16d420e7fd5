namespace WijkSim.Scenarios.Loading;

/// <summary>Where a value came from: a file and line, or a command-line override.</summary>
public sealed record SourceLocation(string Source, long Line, long Column)
{
    /// <param name="option">the option that carried the value: --set, or --vary for a sweep's design values</param>
    public static SourceLocation CommandLine(string setting, string option = "--set") => new($"{option} {setting}", 0, 0);

    public override string ToString() => Line > 0 ? $"{Source}, line {Line}" : Source;
}
