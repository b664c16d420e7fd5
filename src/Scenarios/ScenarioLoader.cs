using System.Security.Cryptography;
using WijkSim.Model.Config;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Scenarios;

/// <summary>Loads a scenario file: parse (YamlDotNet), follow <c>extends:</c>, apply <c>--set</c>
/// overrides, bind onto <see cref="ModelConfig"/>, validate. Any problem is a <see cref="ScenarioError"/>.</summary>
public static class ScenarioLoader
{
    public static LoadedScenario Load(string path, IReadOnlyList<string>? settings = null)
    {
        settings ??= [];
        var source = YamlSource.Load(path);
        Overrides.Apply(source, settings);
        var binder = new ConfigBinder(source);
        var config = binder.Bind<ModelConfig>();
        var validator = new ScenarioValidator(binder.Locations, new SourceLocation(path, 1, 1));
        config = validator.MergeEvents(config);
        validator.Validate(config);
        return new LoadedScenario(path, Hash(source.Files), source.Files, settings, config);
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
