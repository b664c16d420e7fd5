using WijkSim.Model.Build;
using WijkSim.Model.Random;

namespace WijkSim.Tests.Kernel;

/// <summary>The network's ties are built in slots with an overflow list (issue 18: a third of the memory);
/// the network must be the one the hash sets built, bit for bit.</summary>
public class TieListsTests
{
    [Fact]
    public void Ties_beyond_the_slots_go_to_the_overflow_and_are_all_found()
    {
        var ties = new TieLists(3, 2);
        foreach (int j in new[] { 7, 3, 9, 1, 5 }) ties.Add(0, j);
        ties.Add(2, 4);
        Assert.Equal(5, ties.Count(0));
        Assert.All(new[] { 7, 3, 9, 1, 5 }, j => Assert.True(ties.Contains(0, j)));
        Assert.False(ties.Contains(0, 4));
        Assert.Equal(0, ties.Count(1));
        var copied = new int[5];
        ties.CopyTo(0, copied);
        Assert.Equal([7, 3, 9, 1, 5], copied);
    }

    [Theory]
    [InlineData(300, 8, 0.1, 3)]
    [InlineData(300, 8, 1.0, 4)]   // every tie rewired: many residents overflow their slots
    [InlineData(50, 20, 0.5, 5)]
    public void The_network_is_the_one_hash_sets_built(int n, int degree, double rewiring, ulong seed)
    {
        var net = SmallWorld.Build(n, degree, rewiring, seed);
        var reference = HashSetReference(n, degree, rewiring, seed);
        for (int i = 0; i < n; i++) Assert.Equal(reference[i], net.Of(i).ToArray());
    }

    /// <summary>The algorithm as it was before issue 18, with a hash set per resident.</summary>
    private static int[][] HashSetReference(int n, int degree, double rewiring, ulong seed)
    {
        int half = Math.Min(degree / 2, (n - 1) / 2);
        var adjacency = new HashSet<int>[n];
        for (int i = 0; i < n; i++) adjacency[i] = [];
        for (int i = 0; i < n; i++)
            for (int j = 1; j <= half; j++)
            {
                int target = (i + j) % n;
                ulong agent = ((ulong)(uint)j << 32) | (uint)i;
                if (CounterRng.Uniform(seed, agent, 0, Purpose.NetworkRewire) < rewiring)
                    for (int attempt = 0; attempt < 32; attempt++)
                    {
                        int candidate = (int)(CounterRng.Uniform(seed, agent, attempt, Purpose.NetworkTarget) * n);
                        if (candidate != i && !adjacency[i].Contains(candidate)) { target = candidate; break; }
                    }
                if (target == i || adjacency[i].Contains(target)) continue;
                adjacency[i].Add(target);
                adjacency[target].Add(i);
            }
        return adjacency.Select(a => a.Order().ToArray()).ToArray();
    }
}
