using WijkSim.Model.Output;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Experiments;

/// <summary>How much disk an experiment takes before it starts (issue 16: a 100,000-replication sweep
/// wrote about 10 GB without a word). The journal keeps every finished run's weekly records raw, so a
/// stopped experiment can resume; the outputs hold them again, compressed in weekly.parquet.</summary>
public static class DiskEstimate
{
    /// <summary>weekly.parquet bytes per initiative-week: 88 measured on jan-eef (20 runs × 520 weeks,
    /// 919,288 bytes, 2026-12-01); 100 leaves room for scenarios that compress less.</summary>
    public const double ParquetBytesPerRecord = 100;

    /// <summary>Estimates above this are printed before the experiment starts.</summary>
    public const long Announce = 100L << 20;

    public static (long Journal, long Outputs) Of(PreparedExperiment experiment)
    {
        long records = 0;
        for (int p = 0; p < experiment.PointConfigs.Count; p++)
        {
            var config = experiment.PointConfigs[p];
            records += (long)experiment.Plan.Replications * config.Weeks * Math.Max(1, config.Initiatives.Count);
        }
        return (records * System.Runtime.CompilerServices.Unsafe.SizeOf<WeeklyRecord>(), (long)(records * ParquetBytesPerRecord));
    }

    /// <summary>Refuses, before anything runs, an experiment the folder's disk cannot hold (with a
    /// tenth to spare); says how much a large one will take.</summary>
    /// <exception cref="OutputFolderError">not enough free space</exception>
    public static void Check(PreparedExperiment experiment, string folder, long? freeBytes = null)
    {
        var (journal, outputs) = Of(experiment);
        long needed = journal + outputs;
        long free = freeBytes ?? new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
        if (needed + needed / 10 > free)
            throw new OutputFolderError(folder, $"this experiment needs about {Size(needed)} ({Size(journal)} of journal while it runs, " +
                $"{Size(outputs)} of outputs) and its disk has {Size(free)} free; run fewer replications or points, or free some space");
        if (needed >= Announce)
            Console.WriteLine($"this experiment writes about {Size(needed)} into {folder}: {Size(journal)} of journal while it runs " +
                $"(removed at the end) and {Size(outputs)} of outputs");
    }

    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0} MB",
        _ => $"{Math.Max(1, bytes >> 10)} kB",
    };
}
