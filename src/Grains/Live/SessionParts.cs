using WijkSim.Grains.Contracts;

namespace WijkSim.Grains.Live;

/// <summary>Letting a closed session's grains go (<see cref="ISimulationGrain.Close"/>).</summary>
public static class SessionParts
{
    /// <summary>A part keyed "session/index" forgets the session's world copy on its silo and deactivates.</summary>
    public static Task Retire(Grain part, ReplicaCache replicas)
    {
        replicas.Drop(GrainKeys.Parse(part.GetPrimaryKeyString()).Session);
        part.DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
