using WijkSim.Model.Build;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

public class BuildTests
{
    [Fact]
    public void The_small_world_has_the_lattice_degree_on_average_symmetric_ties_and_no_self_ties()
    {
        var net = SmallWorld.Build(1000, 8, 0.1, 3);
        Assert.InRange(net.Neighbours.Length / 1000.0, 7.8, 8.0);
        for (int i = 0; i < net.Count; i++)
            foreach (int j in net.Of(i))
            {
                Assert.NotEqual(i, j);
                Assert.Contains(i, net.Of(j).ToArray());
            }
    }

    [Fact]
    public void Without_rewiring_ties_are_the_nearest_neighbours_and_with_rewiring_some_are_far()
    {
        var lattice = SmallWorld.Build(100, 4, 0.0, 1);
        Assert.Equal([1, 2, 98, 99], lattice.Of(0).ToArray());
        var rewired = SmallWorld.Build(1000, 8, 0.3, 1);
        int far = 0;
        for (int i = 0; i < 1000; i++)
            foreach (int j in rewired.Of(i))
                if (Math.Min(Math.Abs(i - j), 1000 - Math.Abs(i - j)) > 4) far++;
        Assert.InRange(far / (double)rewired.Neighbours.Length, 0.15, 0.45);
    }

    [Fact]
    public void The_network_depends_only_on_the_seed()
    {
        Assert.Equal(SmallWorld.Build(500, 6, 0.2, 9).Neighbours, SmallWorld.Build(500, 6, 0.2, 9).Neighbours);
        Assert.NotEqual(SmallWorld.Build(500, 6, 0.2, 9).Neighbours, SmallWorld.Build(500, 6, 0.2, 10).Neighbours);
    }

    [Fact]
    public void Reach_is_the_arc_nearest_the_centre_and_wraps_around_the_ring()
    {
        Assert.Equal([50, 49, 51, 48, 52], Reach.Members(100, 0.5, 0.05));
        var wrapped = Reach.Members(100, 0.0, 0.05);
        Assert.Equal([0, 1, 99, 2, 98], wrapped);
        Assert.Equal(100, Reach.Members(100, 0.3, 1.0).Distinct().Count());
    }

    [Fact]
    public void Founders_start_as_core_members_nearest_the_centre()
    {
        var world = WorldBuilder.Build(Worlds.OneInitiative(founders: 4), 1);
        Assert.Equal(4, world.Initiatives[0].Core);
        Assert.Equal(200, world.ReachCount[0]);
        Assert.Equal(Model.State.Role.Core, world.Now.Role[200]);
    }
}
