using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Neighbourhood-level outputs of a week: mean trust in the municipality and the share of
/// residents active in at least one initiative, the resident entrepreneurs. Summed in resident-id order.</summary>
public static class NeighbourhoodStep
{
    /// <summary>With the counts already made (<see cref="NeighbourhoodTally"/>, by the threads that stepped the
    /// residents or over all of them): only the sum of trust, a double, is added up here, in resident-id order.</summary>
    public static void Aggregate(World w, ResidentBuffer buffer, in NeighbourhoodTally counts)
    {
        double trust = 0;
        for (int i = 0; i < w.Residents; i++) trust += buffer.TrustMunicipality[i];
        w.MunicipalityTrustMean = trust / w.Residents;
        w.ParticipationRate = (double)counts.Participating / w.Residents;
        w.Entrepreneurs = counts.Entrepreneurs;
    }
}
