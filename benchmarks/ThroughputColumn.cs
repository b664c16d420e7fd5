using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WijkSim.Benchmarks;

/// <summary>A throughput column: work units per second of wall time, from the mean time of one
/// operation. Subclasses say what one operation's work is (or "-" where the column does not apply).</summary>
public abstract class ThroughputColumn(string name, string legend, string format) : IColumn
{
    public string Id => GetType().Name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    /// <summary>Units of work in one operation of this case, or null where the column does not apply.</summary>
    protected abstract double? WorkPerOperation(BenchmarkCase benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || WorkPerOperation(benchmarkCase) is not double work) return "-";
        return (work / (report.ResultStatistics.Mean / 1e9)).ToString(format);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

/// <summary>Resident-weeks per second: one operation = one week of <c>Residents</c> residents.</summary>
public sealed class ResidentWeeksPerSecondColumn()
    : ThroughputColumn("Resident-weeks/s", "residents x weeks simulated per second of wall time (one operation = one week)", "N0")
{
    protected override double? WorkPerOperation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Residents")?.Value is { } residents ? Convert.ToDouble(residents) : null;
}

/// <summary>Runs per second: one operation = one run in the sweep benchmarks, one command of
/// <see cref="ExperimentMethodBenchmark.Runs"/> runs in the method benchmark.</summary>
public sealed class RunsPerSecondColumn()
    : ThroughputColumn("Runs/s", "runs finished per second of wall time (sweep benchmarks: one operation = one run)", "N1")
{
    protected override double? WorkPerOperation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == typeof(SweepBenchmark) || benchmarkCase.Descriptor.Type == typeof(ClusterSweepBenchmark) ? 1
        : benchmarkCase.Descriptor.Type == typeof(ExperimentMethodBenchmark)
            ? ExperimentMethodBenchmark.Runs[(string)benchmarkCase.Parameters.Items.Single(p => p.Name == "Method").Value]
        : null;
}
