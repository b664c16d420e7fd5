namespace WijkSim.Grains.Contracts;

/// <summary>What the simulation clock reports; <see cref="Silo"/> is the silo its grain is active on.</summary>
[GenerateSerializer, Immutable]
public sealed record ClockState(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Scenario,
    [property: Id(2)] ulong Seed,
    [property: Id(3)] int Week,
    [property: Id(4)] int Horizon,
    [property: Id(5)] bool Running,
    [property: Id(6)] double Speed,
    [property: Id(7)] int Partitions,
    [property: Id(8)] long GrainCallsLastWeek,
    [property: Id(9)] double LastWeekMilliseconds,
    [property: Id(10)] string Silo);

/// <summary>Weekly records from a week on, as raw bytes of Model.Output.WeeklyRecord (exact).</summary>
[GenerateSerializer, Immutable]
public sealed record RecordsPage(
    [property: Id(0)] int FromWeek,
    [property: Id(1)] int ToWeek,
    [property: Id(2)] byte[] Records);

/// <summary>The residents' network as undirected edges: <see cref="Edges"/> holds pairs (a, b) with a &lt; b,
/// flattened. Residents sit on the small world's ring in id order.</summary>
[GenerateSerializer, Immutable]
public sealed record NetworkView(
    [property: Id(0)] int Residents,
    [property: Id(1)] int[] Edges);
