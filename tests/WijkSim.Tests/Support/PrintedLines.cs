namespace WijkSim.Tests.Support;

/// <summary>Counts what a child process prints (stdout and stderr) and how many of those lines are
/// stack-trace frames ("   at ..."), for the tests that require quiet logs (issue 16); keeps the last
/// lines, so that a process that dies early can say why in the test's failure message.</summary>
public sealed class PrintedLines
{
    private const int Kept = 40;
    private readonly Queue<string> _tail = new();
    private int _lines, _stackLines;

    public int Lines => Volatile.Read(ref _lines);

    public int StackLines => Volatile.Read(ref _stackLines);

    /// <summary>The last lines printed (at most 40), oldest first.</summary>
    public string Tail
    {
        get { lock (_tail) return string.Join(Environment.NewLine, _tail); }
    }

    public void Count(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref _lines);
        if (line.TrimStart().StartsWith("at ", StringComparison.Ordinal)) Interlocked.Increment(ref _stackLines);
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > Kept) _tail.Dequeue();
        }
    }
}
