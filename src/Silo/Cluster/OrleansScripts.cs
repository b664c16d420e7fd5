using System.Reflection;

namespace WijkSim.Silo.Cluster;

/// <summary>Orleans' PostgreSQL scripts, embedded in wijksim (Cluster/Sql/, see the README there), in
/// the order they must run: the query table, then membership, then grain storage.</summary>
public static class OrleansScripts
{
    private const string Prefix = "WijkSim.Sql.";

    public static IEnumerable<(string Name, string Script)> All()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return (resource[Prefix.Length..], reader.ReadToEnd());
        }
    }
}
