using BenchmarkDotNet.Attributes;
using WijkSim.Model.Build;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;

namespace WijkSim.Benchmarks;

/// <summary>The kernel's weekly step on the Jan Eef scenario scaled to <see cref="Residents"/>. Each
/// invocation restores a snapshot taken at week 52 and simulates the second year (weeks 52-103: growth,
/// events, the first formalisation), so every measurement covers the same representative weeks instead
/// of drifting past the horizon into a world where the initiative has ended. One operation is one
/// simulated week (OperationsPerInvoke = 52); the restore, a memory copy of the state, is included and
/// costs under 1% of the year. The residents are stepped by a team of <see cref="TeamThreads"/> threads,
/// as <c>run --threads</c> steps them.</summary>
[MemoryDiagnoser]
public abstract class SecondYearBenchmark
{
    public const int WeeksPerInvoke = 52;
    private World _snapshot = null!;
    private World _world = null!;
    private ResidentTeam _team = null!;

    public abstract int Residents { get; set; }

    protected virtual int TeamThreads => 1;

    [GlobalSetup]
    public void Setup()
    {
        (_snapshot, _world) = Worlds(Residents);
        _team = new ResidentTeam(TeamThreads);
    }

    [GlobalCleanup]
    public void Cleanup() => _team.Dispose();

    protected void Year() => Year(_world, _snapshot, _team);

    /// <summary>Jan Eef at <paramref name="residents"/> residents: its state at week 52, and a world of the
    /// same size to run the second year in.</summary>
    public static (World Snapshot, World Scratch) Worlds(int residents)
    {
        var config = ScenarioLoader.Load(Scenarios.Path("jan-eef.yaml"), [$"population.residents={residents}"]).Config;
        var snapshot = WorldBuilder.Build(config, 1);
        for (int week = 0; week < 52; week++) WeeklyStep.Step(snapshot);
        return (snapshot, WorldBuilder.Build(config, 1));
    }

    /// <summary>The second year (weeks 52-103) from the snapshot, the residents stepped by <paramref name="team"/>.</summary>
    public static void Year(World world, World snapshot, ResidentTeam team)
    {
        world.CopyStateFrom(snapshot);
        for (int week = 0; week < WeeksPerInvoke; week++) WeeklyStep.Step(world, team);
    }
}
