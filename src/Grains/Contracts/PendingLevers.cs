namespace WijkSim.Grains.Contracts;

/// <summary>Lever changes the municipality accepted and the clock has not applied yet, each numbered.
/// The clock remembers the number of the last one it applied (in its persisted state) and passes it
/// back, so a week that fails half-way, or a clock that restarts on another silo, takes the same
/// changes again instead of losing them or applying them twice.</summary>
[GenerateSerializer, Immutable]
public sealed record PendingLevers(
    [property: Id(0)] LeverRecord[] Records,
    [property: Id(1)] long LastSequence);
