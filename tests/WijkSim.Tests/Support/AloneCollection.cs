namespace WijkSim.Tests.Support;

/// <summary>Tests that measure the whole process (allocations on several threads) run with no other test beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
