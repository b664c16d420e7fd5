using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Experiments.Robustness;

/// <summary>The amounts a scenario marks as ASSUMPTION or "calibrated:": every number on a line of the
/// scenario file (or a file it extends) whose comment or event label says so. These are the unsourced
/// numbers a finding must not hinge on (a calibrated amount is fitted to the model, not observed), so
/// robustness moves each of them on its own.</summary>
/// <remarks>Not amounts: the run's own settings (<c>weeks</c>, <c>seed</c>) and a distribution's bounds
/// (<c>min</c>, <c>max</c>), which clip draws rather than set a level. A line's comment covers every number
/// on it (a flow mapping such as <c>{ mean: 0.0, sd: 0.4 }</c> marks both). A key of a file's <c>set:</c>
/// section is its whole path, as <c>--set</c> writes it.</remarks>
public static class AssumptionAmounts
{
    private static readonly string[] NotAmounts = ["weeks", "seed"];
    private static readonly string[] Bounds = ["min", "max"];

    /// <summary>Key paths and the values the file writes, in file order; a key a later (extending) file
    /// also marks appears once.</summary>
    public static IReadOnlyList<(string Key, double Value)> In(IReadOnlyList<string> files)
    {
        var found = new List<(string, double)>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var stream = new YamlStream();
            stream.Load(new StringReader(string.Join('\n', lines)));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) continue;
            Walk(root, "", lines, found);
        }
        return found.DistinctBy(f => f.Item1).ToArray();
    }

    private static void Walk(YamlNode node, string path, string[] lines, List<(string, double)> found)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    string name = (k as YamlScalarNode)?.Value ?? "";
                    string child = path.Length == 0 ? name : $"{path}.{name}";
                    if (Skipped(child)) continue;
                    if (child == "set" && v is YamlMappingNode set)
                    {
                        // A file's set: section names each key by its whole path (initiatives[0].transparency).
                        foreach (var (sk, sv) in set.Children)
                            if ((sk as YamlScalarNode)?.Value is { } key && !Skipped(key)) Walk(sv, key, lines, found);
                        continue;
                    }
                    Walk(v, child, lines, found);
                }
                break;
            case YamlSequenceNode list:
                for (int i = 0; i < list.Children.Count; i++) Walk(list.Children[i], $"{path}[{i}]", lines, found);
                break;
            case YamlScalarNode scalar when double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                                            && Marked(lines, (int)scalar.Start.Line):
                found.Add((path, value));
                break;
        }
    }

    /// <summary>A path that is no amount: a run setting or <c>extends</c> at the top, or a distribution's bound anywhere.</summary>
    private static bool Skipped(string path) =>
        NotAmounts.Contains(path) || path == "extends" || Bounds.Contains(path.Split('.')[^1]);

    private static bool Marked(string[] lines, int line) => line >= 1 && line <= lines.Length && Marks(lines[line - 1]);

    /// <summary>Whether a scenario line marks its numbers as amounts to move: "ASSUMPTION" or "calibrated:"
    /// in its comment, or in an event's label on the same line ("ASSUMPTION: date, a modest first levy of 300").</summary>
    public static bool Marks(string line) =>
        line.Contains("ASSUMPTION", StringComparison.Ordinal) || line.Contains("calibrated:", StringComparison.Ordinal);
}
