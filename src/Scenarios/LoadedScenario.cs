using WijkSim.Model.Config;

namespace WijkSim.Scenarios;

/// <summary>A validated scenario: the configuration the kernel runs and what the manifest records.</summary>
/// <param name="Path">the scenario file as given</param>
/// <param name="Sha256">SHA-256 of the scenario file and every file it extends, in order</param>
/// <param name="Files">the scenario file and the files it extends</param>
/// <param name="Settings">the <c>--set</c> overrides applied, in order</param>
public sealed record LoadedScenario(string Path, string Sha256, IReadOnlyList<string> Files, IReadOnlyList<string> Settings, ModelConfig Config)
{
    /// <summary>The configuration as the files write it, before <c>remove_events</c> and <c>add_events</c>
    /// renumber the events: the indices a key such as <c>events[7].value</c> and a <c>--set</c> refer to.</summary>
    public ModelConfig AsWritten { get; init; } = Config;
}
