using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WijkSim.Benchmarks;

/// <summary>Throughput of a sweep: runs per second of wall time (one operation = one run).</summary>
public sealed class RunsPerSecondColumn : IColumn
{
    public string Id => nameof(RunsPerSecondColumn);
    public string ColumnName => "Runs/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "runs finished per second of wall time (benchmarks whose operation is one run)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null || benchmarkCase.Descriptor.Type != typeof(SweepBenchmark)) return "-";
        return (1e9 / report.ResultStatistics.Mean).ToString("N1");
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
