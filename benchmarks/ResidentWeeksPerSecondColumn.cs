using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WijkSim.Benchmarks;

/// <summary>Throughput in resident-weeks per second: residents (the benchmark's <c>Residents</c>
/// parameter) divided by the mean time of one operation (one simulated week).</summary>
public sealed class ResidentWeeksPerSecondColumn : IColumn
{
    public string Id => nameof(ResidentWeeksPerSecondColumn);
    public string ColumnName => "Resident-weeks/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "residents x weeks simulated per second of wall time (one operation = one week)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var residents = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Residents")?.Value;
        if (report?.ResultStatistics is null || residents is null) return "-";
        double seconds = report.ResultStatistics.Mean / 1e9;
        return (Convert.ToDouble(residents) / seconds).ToString("N0");
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
