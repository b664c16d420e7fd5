using WijkSim.Grains.Live;
using WijkSim.Model.Kernel;

namespace WijkSim.Silo.Cluster;

/// <summary>Which build of the model and grains this process runs: the module version ids of the two
/// assemblies (the compiler makes them from the source, so the same source gives the same id). Every silo
/// puts it in its name in the membership table, and silos and clients refuse to join a cluster where a
/// silo runs another build: a sweep's runs would not all come from the same model (issue 16).</summary>
public static class BuildId
{
    public const string SiloNamePrefix = "wijksim-";

    public static string Current { get; } =
        $"{typeof(KernelRun).Module.ModuleVersionId.ToString("N")[..8]}{typeof(SimulationGrain).Module.ModuleVersionId.ToString("N")[..8]}";

    public static string SiloName => SiloNamePrefix + Current;
}
