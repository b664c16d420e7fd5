using WijkSim.Model.Config;
using WijkSim.Model.Build;
using WijkSim.Model.Kernel;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

public class DeterminismTests
{
    [Fact]
    public void The_same_seed_gives_identical_records_and_another_seed_does_not()
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var a = KernelRun.Run(config, 11, 200);
        var b = KernelRun.Run(config, 11, 200);
        var c = KernelRun.Run(config, 12, 200);
        Assert.Equal(Fingerprint(a.Records), Fingerprint(b.Records));
        Assert.NotEqual(Fingerprint(a.Records), Fingerprint(c.Records));
    }

    [Fact]
    public void Stepping_residents_in_reverse_order_gives_the_same_bits()
    {
        // Double buffering plus counter-based draws: the order residents are stepped in cannot matter.
        // This is what lets grains on several silos run in any order and still match the kernel.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var forward = WorldBuilder.Build(config, 5);
        var backward = WorldBuilder.Build(config, 5);
        for (int week = 0; week < 150; week++)
        {
            WeeklyStep.Step(forward);
            WeeklyStep.Begin(backward);
            for (int i = backward.Residents - 1; i >= 0; i--) ResidentStep.Step(backward, i, backward.Week);
            WeeklyStep.End(backward);
        }
        Assert.Equal(forward.Now.Role, backward.Now.Role);
        Assert.Equal(forward.Now.Trust, backward.Now.Trust);
        Assert.Equal(forward.Now.TrustMunicipality, backward.Now.TrustMunicipality);
        Assert.Equal(forward.Initiatives[0].Cash, backward.Initiatives[0].Cash);
    }

    [Fact]
    public void A_restored_snapshot_replays_the_same_weeks()
    {
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var snapshot = WorldBuilder.Build(config, 8);
        for (int week = 0; week < 40; week++) WeeklyStep.Step(snapshot);
        var world = WorldBuilder.Build(config, 8);
        world.CopyStateFrom(snapshot);
        for (int week = 0; week < 60; week++) { WeeklyStep.Step(world); WeeklyStep.Step(snapshot); }
        Assert.Equal(snapshot.Week, world.Week);
        Assert.Equal(snapshot.Now.Trust, world.Now.Trust);
        Assert.Equal(snapshot.Initiatives[0].Cash, world.Initiatives[0].Cash);
        Assert.Throws<ArgumentException>(() => world.CopyStateFrom(WorldBuilder.Build(config, 9)));
    }

    [Fact]
    public void The_weekly_step_allocates_nothing()
    {
        // The same seed takes the same code path on every attempt, so an allocation in the week's code shows
        // in all of them. What does not repeat is the runtime's own work on this thread: under the load of the
        // whole suite, tiered JIT promotes the week's methods late, inside the measured weeks (the project's CI
        // once counted 2,920 B in one of 647 tests). So a fresh world of the same seed is measured up to three
        // times and the step passes when one attempt allocates nothing.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var attempts = new List<long>();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            attempts.Add(AllocatedOverWeeks(config, warmUpWeeks: 5, measuredWeeks: 300));
            if (attempts[^1] == 0) break;
        }
        Assert.True(attempts[^1] == 0, $"bytes allocated per attempt of 300 weeks: {string.Join(", ", attempts)}");
    }

    private static long AllocatedOverWeeks(ModelConfig config, int warmUpWeeks, int measuredWeeks)
    {
        var world = WorldBuilder.Build(config, 3);
        for (int week = 0; week < warmUpWeeks; week++) WeeklyStep.Step(world); // JIT and statics
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int week = 0; week < measuredWeeks; week++) WeeklyStep.Step(world);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string Fingerprint(IEnumerable<Model.Output.WeeklyRecord> records) =>
        string.Join(';', records.Select(r => $"{r.Week}:{r.Phase}:{r.ActiveVolunteers}:{r.PassiveSupporters}:{r.Hours:R}:{r.TrustMean:R}:{r.Cash:R}:{r.MunicipalityTrustMean:R}"));
}
