namespace WijkSim.Experiments.Design;

/// <summary>An experiment design argument that cannot be used (<c>--vary</c>, <c>--factor</c>, <c>--samples</c>, ...);
/// the message names the option and the exact text the user typed.</summary>
public sealed class DesignError(string option, string text, string problem) : Exception($"{option} {text}: {problem}");
