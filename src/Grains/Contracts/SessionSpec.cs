namespace WijkSim.Grains.Contracts;

/// <summary>What every silo needs to build its replica of a live world: the validated configuration
/// (as JSON, exact for doubles) and the seed. The session id keys every grain of the session. The
/// epoch is raised by every new activation of the clock, so that replicas refuse calls of an older
/// one that is still running (see <see cref="Live.Replica"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record SessionSpec(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string ConfigJson,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] string ScenarioPath,
    [property: Id(4)] string ScenarioSha256,
    [property: Id(5)] int Epoch = 0);
