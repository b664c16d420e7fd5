using System.Text.RegularExpressions;

namespace WijkSim.Silo.Cluster;

/// <summary>Keeps database passwords out of what WijkSim writes down (manifests, journals, logs).</summary>
public static partial class ConnectionSecrets
{
    [GeneratedRegex(@"(?i)\b(password|pwd)\s*=\s*[^;]*")]
    private static partial Regex Password();

    /// <summary><c>Host=h;Password=secret</c> becomes <c>Host=h;Password=***</c>; other text is unchanged.</summary>
    public static string Redact(string text) => Password().Replace(text, m => $"{m.Groups[1].Value}=***");
}
