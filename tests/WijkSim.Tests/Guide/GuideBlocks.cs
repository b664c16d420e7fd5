using System.Text.RegularExpressions;

namespace WijkSim.Tests.Guide;

/// <summary>The code blocks of a Markdown guide that a test replays, by their info string:
/// <c>```yaml file=PATH</c> writes a file, <c>```diff apply</c> is applied with <c>git apply</c>,
/// <c>```sh run</c> is run with bash in the repository's root, and <c>```text expect</c> lists lines
/// the output of the run before it must contain (a line of "..." skips). GitHub shows them as plain
/// code blocks, so the guide a student reads is the script the test runs.</summary>
public sealed partial record GuideBlock(string Kind, string Argument, string Text, int Line)
{
    [GeneratedRegex(@"^```(?<lang>\w+) (?<kind>file|apply|run|expect)(=(?<arg>\S+))?\s*$")]
    private static partial Regex Fence();

    /// <summary>The blocks under the heading that starts with <paramref name="heading"/>, up to the next
    /// heading of the same level.</summary>
    public static List<GuideBlock> Under(string markdownPath, string heading)
    {
        var lines = File.ReadAllLines(markdownPath);
        int start = Array.FindIndex(lines, l => l.StartsWith(heading, StringComparison.Ordinal));
        if (start < 0) throw new InvalidOperationException($"{markdownPath}: no heading '{heading}'");
        string level = heading[..(heading.IndexOf(' ') + 1)];
        var blocks = new List<GuideBlock>();
        for (int i = start + 1; i < lines.Length && !lines[i].StartsWith(level, StringComparison.Ordinal); i++)
        {
            var m = Fence().Match(lines[i]);
            if (!m.Success) continue;
            int first = i + 1;
            while (++i < lines.Length && lines[i] != "```") { }
            blocks.Add(new GuideBlock(m.Groups["kind"].Value, m.Groups["arg"].Value, string.Join('\n', lines[first..i]) + "\n", first));
        }
        return blocks;
    }
}
