namespace WijkSim.Tests.Support;

/// <summary>Tests that measure the whole process (allocations on several threads), or that need the machine
/// to themselves (eleven Chromium pages on one server: the room's polls), run with no other test beside
/// them. The room-poll test once waited two minutes in vain for a tally while the robustness CLI tests
/// kept both cores busy beside it (thirty-second session), a failure of the machine, not of the page.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
