namespace WijkSim.Grains.Contracts;

/// <summary>The state a phase needs, as raw bytes (Model.State.WorldCodec): the institutions and, for
/// the resident and initiative phases, every resident's state. Immutable: passed by reference between
/// grains on one silo, serialised once per call between silos.</summary>
[GenerateSerializer, Immutable]
public sealed record WeekSnapshot(
    [property: Id(0)] int Week,
    [property: Id(1)] byte[] Institutions,
    [property: Id(2)] byte[] Residents);
