using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>The blocks every experiment's manifest.json shares (sweep, calibrate, robustness): the
/// versions that made it and how the runs were executed. Each manifest is written as the union of
/// its parts' top-level keys, so the shared keys stay flat (scripts read <c>runs_per_silo</c> at the
/// top) and are spelled in one place.</summary>
public static class ManifestParts
{
    public static object Versions(string command) => new
    {
        Command = command,
        WijksimVersion = Manifest.CodeVersion,
        Dotnet = Environment.Version.ToString(),
        Orleans = OrleansVersion,
    };

    /// <summary>"10.4.2" from Orleans' informational version ("10.4.2. Commit Hash: 876f…" or "10.4.2+876f…").</summary>
    private static string? OrleansVersion =>
        typeof(IGrainFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+', ' ')[0].TrimEnd('.');

    public static object Execution(ExperimentReport report, IReadOnlyDictionary<string, int> runsPerSilo) => new
    {
        WallSeconds = Math.Round(report.Wall.TotalSeconds, 3),
        RunsThisInvocation = report.RunsNow,
        RunsResumed = report.RunsResumed,
        RunsPerSecond = Math.Round(report.RunsPerSecond, 2),
        report.Hosting,
        report.Silos,
        report.ParallelPerSilo,
        RunsPerSilo = runsPerSilo,
    };

    /// <summary>Writes the parts' keys in order into one JSON object; a key given twice is a bug.</summary>
    public static void Write(string path, params object[] parts)
    {
        var manifest = new JsonObject();
        foreach (var part in parts)
            foreach (var (key, value) in JsonSerializer.SerializeToNode(part, Manifest.Json)!.AsObject())
                manifest.Add(key, value?.DeepClone());
        File.WriteAllText(path, manifest.ToJsonString(Manifest.Json) + "\n");
    }
}
