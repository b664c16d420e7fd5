using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>The week's sums of doubles over the residents, carried in resident-id order: each initiative's
/// hours (over those in reach) and trust (over those in reach who know it), and the neighbourhood's trust in
/// the municipality. A sum of doubles in another order has other bits, so a stretch of residents is always
/// added onto the running sums of all residents before it (<see cref="Add"/>): adding 0..a and then a..b
/// gives the bits of one pass over 0..b. That lets each thread of a <see cref="ResidentTeam"/> add its own
/// stretch, in turn, from its own cache (issue 18: when one thread added up every resident, the other
/// thread's next writes to those lines waited for them to come back, and that thread stepped a chunk 60% slower).</summary>
public sealed class ResidentSums
{
    private double[] _hours = [], _trust = [];

    public double Hours(int k) => _hours[k];
    public double Trust(int k) => _trust[k];
    public double TrustMunicipality { get; private set; }

    /// <summary>Back to +0 for a world of <paramref name="initiatives"/> initiatives (allocates only when their number changes).</summary>
    public void Reset(int initiatives)
    {
        if (_hours.Length != initiatives) (_hours, _trust) = (new double[initiatives], new double[initiatives]);
        Array.Clear(_hours);
        Array.Clear(_trust);
        TrustMunicipality = 0;
    }

    /// <summary>Adds residents <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="buffer"/>.</summary>
    public void Add(World w, ResidentBuffer buffer, int from, int to)
    {
        for (int k = 0; k < _hours.Length; k++) AddInitiative(w, k, buffer, from, to, ref _hours[k], ref _trust[k]);
        TrustMunicipality = AddTrustMunicipality(buffer, from, to, TrustMunicipality);
    }

    /// <summary>The residents' trust in the municipality, <paramref name="from"/> to <paramref name="to"/>, added onto <paramref name="sum"/> in id order.</summary>
    public static double AddTrustMunicipality(ResidentBuffer buffer, int from, int to, double sum)
    {
        for (int i = from; i < to; i++) sum += buffer.TrustMunicipality[i];
        return sum;
    }

    /// <summary>Initiative <paramref name="k"/>'s hours and trust over residents <paramref name="from"/> to <paramref name="to"/>,
    /// added onto <paramref name="hours"/> and <paramref name="trust"/> in id order.</summary>
    public static void AddInitiative(World w, int k, ResidentBuffer buffer, int from, int to, ref double hours, ref double trust)
    {
        int K = w.InitiativeCount;
        double h = hours, t = trust; // in locals, stored once
        // Without branches: who is in reach or knows the initiative is random from one resident to the next, so
        // a branch on it was mispredicted often, in the part of the week that does not get faster with threads.
        // A resident who does not count adds her value times 0 (±0): a sum that began at +0 keeps its bits.
        for (int i = from; i < to; i++)
        {
            int idx = i * K + k;
            int inReach = w.InReach[idx] ? 1 : 0;
            h += buffer.Hours[idx] * inReach;
            t += buffer.Trust[idx] * (inReach & (buffer.Role[idx] >= Role.Aware ? 1 : 0));
        }
        (hours, trust) = (h, t);
    }
}
