using WijkSim.Model.Output;
using WijkSim.Silo.Experiments;
using WijkSim.Silo.Output;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Experiments;

/// <summary>An experiment says how much disk it takes before it starts, and one the disk cannot hold is
/// refused before any run (issue 16: 100,000 replications wrote ~10 GB without a word).</summary>
public class DiskEstimateTests
{
    private static PreparedExperiment Sweep(int replications, int? weeks = null) =>
        PreparedExperiment.Prepare([Repo.Scenario("jan-eef.yaml")], [], [], () => [Array.Empty<string>()], replications, 1, weeks, "--vary");

    [Fact]
    public void The_estimate_grows_with_replications_and_weeks_and_counts_raw_records_for_the_journal()
    {
        var (journal, outputs) = DiskEstimate.Of(Sweep(1000));
        Assert.Equal(1000L * 520 * System.Runtime.CompilerServices.Unsafe.SizeOf<WeeklyRecord>(), journal);
        Assert.Equal((long)(1000L * 520 * DiskEstimate.ParquetBytesPerRecord), outputs);
        Assert.Equal(2 * journal, DiskEstimate.Of(Sweep(2000)).Journal);
        Assert.True(DiskEstimate.Of(Sweep(1000, weeks: 52)).Journal < journal / 9);
        // The reviewer's case: 100,000 replications of jan-eef are about 10 GB of journal.
        Assert.InRange(DiskEstimate.Of(Sweep(100_000)).Journal, 5L << 30, 20L << 30);
    }

    [Fact]
    public void An_experiment_the_disk_cannot_hold_is_refused_naming_the_folder_and_the_sizes()
    {
        var big = Sweep(100_000);
        var error = Assert.Throws<OutputFolderError>(() => DiskEstimate.Check(big, "sweeps/big", freeBytes: 2L << 30));
        Assert.Contains("sweeps/big", error.Message);
        Assert.Contains("GB", error.Message);
        Assert.Contains("2.0 GB free", error.Message);
        DiskEstimate.Check(Sweep(10), "sweeps/small", freeBytes: 2L << 30);   // a small one passes
    }
}
