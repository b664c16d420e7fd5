namespace WijkSim.Tests.Support;

/// <summary>Counts what a child process prints (stdout and stderr) and how many of those lines are
/// stack-trace frames ("   at ..."), for the tests that require quiet logs (issue 16).</summary>
public sealed class PrintedLines
{
    private int _lines, _stackLines;

    public int Lines => Volatile.Read(ref _lines);

    public int StackLines => Volatile.Read(ref _stackLines);

    public void Count(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref _lines);
        if (line.TrimStart().StartsWith("at ", StringComparison.Ordinal)) Interlocked.Increment(ref _stackLines);
    }
}
