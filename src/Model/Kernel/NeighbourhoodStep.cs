using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Neighbourhood-level outputs of a week: mean trust in the municipality and the share of
/// residents active in at least one initiative, the resident entrepreneurs. Summed in resident-id order.</summary>
public static class NeighbourhoodStep
{
    public static void Aggregate(World w, ResidentBuffer buffer)
    {
        int K = w.InitiativeCount, participating = 0, entrepreneurs = 0;
        double trust = 0;
        for (int i = 0; i < w.Residents; i++)
        {
            trust += buffer.TrustMunicipality[i];
            if (buffer.Stage[i] >= EntrepreneurStage.ResidentEntrepreneur) entrepreneurs++;
            for (int k = 0; k < K; k++)
                if (buffer.Role[i * K + k] >= Role.Active) { participating++; break; }
        }
        w.MunicipalityTrustMean = trust / w.Residents;
        w.ParticipationRate = (double)participating / w.Residents;
        w.Entrepreneurs = entrepreneurs;
    }
}
