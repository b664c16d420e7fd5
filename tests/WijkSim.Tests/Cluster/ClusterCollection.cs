namespace WijkSim.Tests.Cluster;

/// <summary>The multi-process cluster tests run alone, after the others: three silo processes, a client
/// and PostgreSQL on two cores should not also compete with the rest of the suite, and a SIGKILL test
/// must not be timed by another test's load.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "PostgreSQL cluster";
}
