using System.Text.Json;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Config;
using WijkSim.Scenarios;
using WijkSim.Silo.Commands;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Hosting;

/// <summary>Replays the lever changes of a live session (its manifest's <c>lever_changes</c>) as dated
/// events after the scenario's own, which is exactly the order the live clock applied them in.</summary>
public static class LeverReplay
{
    public static ModelConfig Apply(ModelConfig config, string manifestPath, out IReadOnlyList<LeverRecord> levers)
    {
        levers = Read(manifestPath);
        try
        {
            return Apply(config, levers);
        }
        catch (LeverReplayError e)
        {
            throw new UsageError("--levers", $"{manifestPath}: {e.Message}");
        }
    }

    /// <summary>The scenario with the lever changes added as events (also how a workshop forks a session).</summary>
    /// <exception cref="LeverReplayError">a change does not fit this scenario</exception>
    public static ModelConfig Apply(ModelConfig config, IEnumerable<LeverRecord> levers)
    {
        var events = new List<EventConfig>(config.Events);
        foreach (var r in levers)
        {
            var c = r.Change;
            try
            {
                events.Add(LeverValidator.ToEvent(config, r.Week, c.Lever, c.Initiative, c.Value, c.Stance, c.Schedule, c.By));
            }
            catch (LeverError e)
            {
                throw new LeverReplayError($"the lever change of week {r.Week} cannot be replayed on this scenario: {e.Message}");
            }
        }
        return config with { Events = events };
    }

    private static List<LeverRecord> Read(string path)
    {
        if (!File.Exists(path)) throw new UsageError("--levers", $"expected a manifest.json of a live session, but '{path}' does not exist");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("lever_changes", out var list))
                throw new UsageError("--levers", $"{path}: expected a key 'lever_changes' (the manifest of a live session), found none");
            return list.Deserialize<List<LeverRecord>>(Manifest.Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new UsageError("--levers", $"{path}, line {e.LineNumber + 1}: not valid manifest JSON ({e.Message})");
        }
    }
}

/// <summary>A recorded lever change that does not fit the scenario it is replayed on.</summary>
public sealed class LeverReplayError(string message) : Exception(message);
