namespace WijkSim.Silo.Web;

/// <summary>The workshop serves the scenario files of one folder: a file there that is a symbolic link
/// to elsewhere, or that extends a file elsewhere, is not one of them (issue 16, bug 4).</summary>
public static class ScenarioFolderGuard
{
    public static bool Inside(string folder, string path)
    {
        string root = Real(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Real(path).StartsWith(root, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link on the way resolved (the file's own and its folders').</summary>
    private static string Real(string path)
    {
        var full = Path.GetFullPath(path);
        string? parent = Path.GetDirectoryName(full);
        string resolvedParent = parent is null ? "" : RealDirectory(parent);
        string joined = parent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        var info = new FileInfo(joined);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? joined : joined;
    }

    private static string RealDirectory(string directory)
    {
        string? parent = Path.GetDirectoryName(directory);
        string resolved = parent is null ? directory : Path.Combine(RealDirectory(parent), Path.GetFileName(directory));
        var info = new DirectoryInfo(resolved);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? resolved : resolved;
    }
}
