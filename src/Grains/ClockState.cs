namespace WijkSim.Grains;

/// <summary>What the simulation clock reports: where a live run is and whether it is running.</summary>
[GenerateSerializer, Immutable]
public sealed record ClockState(
    [property: Id(0)] string Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int Week,
    [property: Id(3)] int Horizon,
    [property: Id(4)] bool Running,
    [property: Id(5)] double WeeksPerSecond);
