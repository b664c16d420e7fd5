namespace WijkSim.Grains.Contracts;

/// <summary>What every silo needs to build its replica of a live world: the validated configuration
/// (as JSON, exact for doubles) and the seed. The session id keys every grain of the session.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionSpec(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string ConfigJson,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] string ScenarioPath,
    [property: Id(4)] string ScenarioSha256);
