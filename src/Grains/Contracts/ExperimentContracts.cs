namespace WijkSim.Grains.Contracts;

/// <summary>An experiment as the grains see it: each design point's full configuration (JSON, exact
/// for doubles) and the seeds. Run r is point r / <see cref="Replications"/> with seed
/// <see cref="FirstSeed"/> + r mod <see cref="Replications"/>.</summary>
/// <param name="Window">how many runs may be in flight at once over the whole cluster</param>
[GenerateSerializer, Immutable]
public sealed record ExperimentSpec(
    [property: Id(0)] string Id,
    [property: Id(1)] string[] PointConfigs,
    [property: Id(2)] int Replications,
    [property: Id(3)] ulong FirstSeed,
    [property: Id(4)] int Window)
{
    public int RunCount => PointConfigs.Length * Replications;
    public int PointOf(int run) => run / Replications;
    public ulong SeedOf(int run) => FirstSeed + (ulong)(run % Replications);
}

/// <summary>What one run produced: its weekly records (see WeeklyRecordCodec), the silo that ran it and
/// the attempt that finished it (0 unless an earlier attempt was lost with its silo).</summary>
[GenerateSerializer, Immutable]
public sealed record RunPayload(
    [property: Id(0)] int Run,
    [property: Id(1)] byte[] Records,
    [property: Id(2)] string Silo,
    [property: Id(3)] int Attempt = 0);
