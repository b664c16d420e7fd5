using WijkSim.Model.Random;
using WijkSim.Model.State;

namespace WijkSim.Model.Build;

/// <summary>Watts-Strogatz small-world network (Watts and Strogatz 1998): a ring lattice where each
/// resident is tied to her <c>degree/2</c> nearest neighbours on each side, then each tie to a
/// higher neighbour is rewired to a random resident with probability <c>rewiring</c>.</summary>
/// <remarks>Draws are keyed by (resident, offset), so the network is the same however it is built.
/// Ties are undirected; duplicates and self-ties are avoided by redrawing with a new key.</remarks>
public static class SmallWorld
{
    public static Network Build(int n, int degree, double rewiring, ulong seed)
    {
        int half = Math.Min(degree / 2, (n - 1) / 2);
        // Each resident ties to 2 × half on the ring, plus the rewired ties that land on her.
        var adjacency = new TieLists(n, 2 * half + 4);
        for (int i = 0; i < n; i++)
            for (int j = 1; j <= half; j++)
            {
                int target = (i + j) % n;
                ulong agent = ((ulong)(uint)j << 32) | (uint)i;
                if (CounterRng.Uniform(seed, agent, 0, Purpose.NetworkRewire) < rewiring)
                {
                    for (int attempt = 0; attempt < 32; attempt++)
                    {
                        int candidate = (int)(CounterRng.Uniform(seed, agent, attempt, Purpose.NetworkTarget) * n);
                        if (candidate != i && !adjacency.Contains(i, candidate)) { target = candidate; break; }
                    }
                }
                if (target == i || adjacency.Contains(i, target)) continue;
                adjacency.Add(i, target);
                adjacency.Add(target, i);
            }

        var offsets = new int[n + 1];
        for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + adjacency.Count(i);
        var neighbours = new int[offsets[n]];
        for (int i = 0; i < n; i++)
        {
            var mine = neighbours.AsSpan(offsets[i], offsets[i + 1] - offsets[i]);
            adjacency.CopyTo(i, mine);
            mine.Sort(); // the order ties were made in is not part of the contract
        }
        return new Network(offsets, neighbours);
    }
}
