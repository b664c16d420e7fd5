using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Scenarios.Loading;

/// <summary>A scenario's YAML tree after <c>extends:</c> and <c>--set</c>, with the file and line each
/// node came from. YamlDotNet parses; this class only merges trees and remembers origins.</summary>
public sealed class YamlSource
{
    private readonly Dictionary<YamlNode, SourceLocation> _origin = new(ReferenceEqualityComparer.Instance);

    private YamlSource(YamlMappingNode root, IReadOnlyList<string> files, IReadOnlySet<string> setKeys)
    {
        Root = root;
        Files = files;
        SetKeys = setKeys;
    }

    public YamlMappingNode Root { get; }
    /// <summary>The scenario file and every file it extends, the scenario first.</summary>
    public IReadOnlyList<string> Files { get; }
    /// <summary>The key paths the files' own <c>set:</c> sections set (a variant's definition, e.g. no-progress's
    /// bar for visible progress), as written there.</summary>
    public IReadOnlySet<string> SetKeys { get; }

    public SourceLocation Where(YamlNode node) =>
        _origin.TryGetValue(node, out var at) ? at : new SourceLocation(Files[0], node.Start.Line, node.Start.Column);

    /// <summary>Reads <paramref name="path"/> and, recursively, the file its <c>extends:</c> names.</summary>
    public static YamlSource Load(string path)
    {
        var files = new List<string>();
        var origins = new Dictionary<YamlNode, SourceLocation>(ReferenceEqualityComparer.Instance);
        var setKeys = new HashSet<string>(StringComparer.Ordinal);
        var root = LoadWithParents(Path.GetFullPath(path), path, files, origins, setKeys);
        var source = new YamlSource(root, files, setKeys);
        foreach (var (node, at) in origins) source._origin[node] = at;
        return source;
    }

    /// <summary>Registers a node made from a command-line override.</summary>
    internal void Remember(YamlNode node, SourceLocation at)
    {
        foreach (var n in node.AllNodes) _origin[n] = at;
    }

    private static YamlMappingNode LoadWithParents(string fullPath, string shownPath, List<string> files,
        Dictionary<YamlNode, SourceLocation> origins, HashSet<string> setKeys)
    {
        if (files.Contains(fullPath))
            throw new ScenarioError(new SourceLocation(shownPath, 0, 0), "extends", $"the chain of 'extends' comes back to this file ({string.Join(" -> ", files.Select(Path.GetFileName))}); a scenario cannot extend itself");
        files.Add(fullPath);
        var root = Parse(fullPath, shownPath);
        foreach (var node in root.AllNodes) origins[node] = new SourceLocation(shownPath, node.Start.Line, node.Start.Column);

        var setNode = TakeSetSection(root, shownPath, origins);
        var extendsKey = new YamlScalarNode("extends");
        if (!root.Children.TryGetValue(extendsKey, out var parentNode)) return ApplySetSection(root, setNode, origins, setKeys);
        root.Children.Remove(extendsKey);
        if (parentNode is not YamlScalarNode { Value: { Length: > 0 } parentName })
            throw new ScenarioError(origins[parentNode], "extends", "expected the file name of the scenario to extend, e.g. 'extends: jan-eef.yaml'");
        string parentShown = Path.Combine(Path.GetDirectoryName(shownPath) ?? "", parentName);
        string parentFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath) ?? "", parentName));
        if (!File.Exists(parentFull))
            throw new ScenarioError(origins[parentNode], "extends", $"expected an existing scenario file, found '{parentName}', which does not exist next to this file");
        var parent = LoadWithParents(parentFull, parentShown, files, origins, setKeys);
        Merge(parent, root);
        return ApplySetSection(parent, setNode, origins, setKeys);
    }

    /// <summary>A file's <c>set:</c> section: key paths (as for <c>--set</c>) and their values, applied to the
    /// merged tree after <c>extends:</c>. It lets a file change one entry of a list it extends
    /// (<c>initiatives[0].cash: 500</c>) where a plain YAML list would replace the whole list.</summary>
    private static YamlMappingNode? TakeSetSection(YamlMappingNode root, string shownPath, Dictionary<YamlNode, SourceLocation> origins)
    {
        var setKey = new YamlScalarNode("set");
        if (!root.Children.TryGetValue(setKey, out var node)) return null;
        root.Children.Remove(setKey);
        return node as YamlMappingNode
            ?? throw new ScenarioError(origins[node], "set", $"expected a mapping of key paths to values, e.g. 'initiatives[0].cash: 500', found {ConfigBinder.Describe(node)}");
    }

    private static YamlMappingNode ApplySetSection(YamlMappingNode merged, YamlMappingNode? set, Dictionary<YamlNode, SourceLocation> origins,
        HashSet<string> setKeys)
    {
        if (set is null) return merged;
        foreach (var (key, value) in set.Children)
        {
            var at = origins[key];
            string path = (key as YamlScalarNode)?.Value ?? "";
            setKeys.Add(path.Trim());
            Overrides.Place(merged, path, value, new SourceLocation(at.Source, at.Line, at.Column), (n, where) =>
            {
                foreach (var child in n.AllNodes) origins.TryAdd(child, where);
            });
        }
        return merged;
    }

    private static YamlMappingNode Parse(string fullPath, string shownPath)
    {
        if (Directory.Exists(fullPath))
            throw new ScenarioError(new SourceLocation(shownPath, 0, 0), "", "expected a scenario file, found a folder");
        if (!File.Exists(fullPath))
            throw new ScenarioError(new SourceLocation(shownPath, 0, 0), "", $"the scenario file does not exist (looked for {fullPath})");
        string text = ReadBounded(fullPath, shownPath);
        if (string.IsNullOrWhiteSpace(text))
            throw new ScenarioError(new SourceLocation(shownPath, 1, 1), "", "the file is empty; expected a mapping of scenario keys (name, start, weeks, population, initiatives, ...)");
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ScenarioError(WhereMalformed(e, text, shownPath), "",
                $"malformed YAML: {Describe(e)}. Check the indentation and the ':' after each key on and just before this line");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            throw new ScenarioError(new SourceLocation(shownPath, 1, 1), "", "the file holds no YAML content; expected a mapping of scenario keys (name, start, weeks, population, initiatives, ...)");
        if (stream.Documents.Count > 1)
            throw new ScenarioError(new SourceLocation(shownPath, stream.Documents[1].RootNode.Start.Line, 1), "", "expected one YAML document, found several ('---' separators)");
        var root = stream.Documents[0].RootNode;
        if (ExpandedSize(root, new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance)) > MaxNodes)
            throw new ScenarioError(new SourceLocation(shownPath, root.Start.Line, root.Start.Column), "",
                $"its aliases (*name) expand to more than {MaxNodes:N0} values; a scenario needs far fewer (an alias bomb?)");
        return root as YamlMappingNode
            ?? throw new ScenarioError(new SourceLocation(shownPath, root.Start.Line, root.Start.Column), "",
                $"expected a mapping of scenario keys (name, start, weeks, ...), found {ConfigBinder.Describe(root)}");
    }

    /// <summary>A scenario file is short: at most this many bytes are read (a device such as /dev/zero, or
    /// a 50 MB file, is refused before it fills the memory).</summary>
    public const int MaxBytes = 1_000_000;

    /// <summary>Values a scenario may hold once aliases are expanded: the shipped ones hold a few hundred.</summary>
    private const long MaxNodes = 100_000;

    private static string ReadBounded(string fullPath, string shownPath)
    {
        using var reader = new StreamReader(fullPath);
        var buffer = new char[MaxBytes + 1];
        int read = reader.ReadBlock(buffer, 0, buffer.Length);
        if (read > MaxBytes)
            throw new ScenarioError(new SourceLocation(shownPath, 0, 0), "", $"the file holds more than {MaxBytes / 1_000_000} MB; a scenario file is short (the shipped ones are under 10 kB)");
        return new string(buffer, 0, read);
    }

    /// <summary>Values in a node with aliases expanded, counted once per distinct node (so an alias bomb,
    /// nine aliases of nine aliases, is measured without expanding it), stopping early past the limit.</summary>
    private static long ExpandedSize(YamlNode node, Dictionary<YamlNode, long> known)
    {
        if (known.TryGetValue(node, out long size)) return size;
        known[node] = MaxNodes + 1; // a node that contains itself counts as too large
        size = 1;
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children) { size += ExpandedSize(k, known) + ExpandedSize(v, known); if (size > MaxNodes) break; }
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children) { size += ExpandedSize(item, known); if (size > MaxNodes) break; }
                break;
        }
        known[node] = size;
        return size;
    }

    /// <summary>Where a parse error is. YamlDotNet reports a tab in the indentation at the start of the
    /// enclosing mapping (line 1 for a tab on line 21), so for a tab the first indented line holding one
    /// is named instead (issue 16, bug 7).</summary>
    private static SourceLocation WhereMalformed(YamlException e, string text, string shownPath)
    {
        if (Describe(e).Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                int indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
                int tab = lines[i].IndexOf('\t');
                if (tab >= 0 && tab < indent) return new SourceLocation(shownPath, i + 1, tab + 1);
            }
        }
        return new SourceLocation(shownPath, e.Start.Line, e.Start.Column);
    }

    /// <summary>YamlDotNet prefixes its messages with the positions we already report; keep the words.</summary>
    private static string Describe(YamlException e)
    {
        string message = (e.InnerException as YamlException)?.Message ?? e.Message;
        int at = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (at >= 0 ? message[(at + 3)..] : message).TrimEnd('.');
    }

    /// <summary>Child keys override the parent's; mappings merge key by key, lists and scalars are replaced.</summary>
    private static void Merge(YamlMappingNode parent, YamlMappingNode child)
    {
        foreach (var (key, value) in child.Children)
        {
            if (parent.Children.TryGetValue(key, out var existing) && existing is YamlMappingNode pm && value is YamlMappingNode cm)
                Merge(pm, cm);
            else
                parent.Children[key] = value;
        }
    }
}
