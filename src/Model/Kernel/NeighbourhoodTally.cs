using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>The neighbourhood's counts of a week over a stretch of residents: who is active in at least one
/// initiative and who is a resident entrepreneur. Whole numbers, so stretches add up in any order (as
/// <see cref="InitiativeTally"/>).</summary>
public record struct NeighbourhoodTally
{
    public int Participating, Entrepreneurs;

    /// <summary>Counts residents <paramref name="from"/> to <paramref name="to"/> (exclusive) in <paramref name="buffer"/>.</summary>
    public static NeighbourhoodTally Count(World w, ResidentBuffer buffer, int from, int to)
    {
        int K = w.InitiativeCount;
        int participating = 0, entrepreneurs = 0; // in locals, stored once (see InitiativeTally.Count)
        for (int i = from; i < to; i++)
        {
            if (buffer.Stage[i] >= EntrepreneurStage.ResidentEntrepreneur) entrepreneurs++;
            for (int k = 0; k < K; k++)
                if (buffer.Role[i * K + k] >= Role.Active) { participating++; break; }
        }
        return new NeighbourhoodTally { Participating = participating, Entrepreneurs = entrepreneurs };
    }

    /// <summary>Adds the tally of another stretch of residents.</summary>
    public void Add(in NeighbourhoodTally other)
    {
        Participating += other.Participating;
        Entrepreneurs += other.Entrepreneurs;
    }
}
