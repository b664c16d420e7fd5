using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Neighbourhood-level outputs of a week: mean trust in the municipality and the share of
/// residents active in at least one initiative, the resident entrepreneurs. Summed in resident-id order.</summary>
public static class NeighbourhoodStep
{
    /// <summary>With the counts already made (<see cref="NeighbourhoodTally"/>) and the sum of trust in the municipality, in id order (<see cref="ResidentSums"/>).</summary>
    public static void Aggregate(World w, in NeighbourhoodTally counts, double trustMunicipality)
    {
        w.MunicipalityTrustMean = trustMunicipality / w.Residents;
        w.ParticipationRate = (double)counts.Participating / w.Residents;
        w.Entrepreneurs = counts.Entrepreneurs;
    }
}
