using System.Security.Cryptography;
using WijkSim.Model.Config;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Scenarios;

/// <summary>Loads a scenario file: parse (YamlDotNet), follow <c>extends:</c>, apply <c>--set</c>
/// overrides, bind onto <see cref="ModelConfig"/>, validate. Any problem is a <see cref="ScenarioError"/>.</summary>
public static class ScenarioLoader
{
    /// <param name="settings">the user's <c>--set</c> overrides</param>
    /// <param name="varied">a sweep's design values for this point (<c>--vary</c>), applied after the settings</param>
    /// <param name="variedYieldsToFileSets">leave out the design values of keys that the scenario's own files set in
    /// their <c>set:</c> sections (see <see cref="Facts.NamedScenarios.Load"/>)</param>
    public static LoadedScenario Load(string path, IReadOnlyList<string>? settings = null, IReadOnlyList<string>? varied = null,
        bool variedYieldsToFileSets = false)
    {
        settings ??= [];
        var source = YamlSource.Load(path);
        Overrides.Apply(source, settings);
        if (variedYieldsToFileSets && varied is { Count: > 0 })
            varied = varied.Where(v => !source.SetKeys.Contains(v.Split('=', 2)[0].Trim())).ToArray();
        if (varied is { Count: > 0 })
        {
            Overrides.Apply(source, varied, "--vary");
            settings = [.. settings, .. varied];
        }
        var binder = new ConfigBinder(source);
        var written = binder.Bind<ModelConfig>();
        var validator = new ScenarioValidator(binder.Locations, new SourceLocation(path, 1, 1));
        var config = validator.MergeEvents(written);
        validator.Validate(config);
        return new LoadedScenario(path, Hash(source.Files), source.Files, settings, config) { AsWritten = written };
    }

    private static string Hash(IReadOnlyList<string> files)
    {
        using var sha = SHA256.Create();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
