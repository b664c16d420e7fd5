using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WijkSim.Benchmarks;

/// <summary>One world on several threads (issue 18, <c>run --threads N</c>): the kernel week of Jan Eef
/// scaled to 10k, 100k and 1M residents, on 1 and 2 threads (this machine has 2 cores), measured as in
/// <see cref="SecondYearBenchmark"/>. Parallel efficiency = time on 1 thread / (N × time on N threads),
/// in its own column.</summary>
public class ParallelWeekBenchmark : SecondYearBenchmark
{
    [Params(10_000, 100_000, 1_000_000)]
    public override int Residents { get; set; }

    [Params(1, 2)]
    public int Threads { get; set; }

    protected override int TeamThreads => Threads;

    [Benchmark(Description = "kernel week on N threads", OperationsPerInvoke = WeeksPerInvoke)]
    public void Week() => Year();
}

/// <summary>Parallel efficiency of a <see cref="ParallelWeekBenchmark"/> case: the 1-thread time of the
/// same size over N times its own time (100% = perfect scaling).</summary>
public sealed class ParallelEfficiencyColumn : IColumn
{
    public string Id => nameof(ParallelEfficiencyColumn);
    public string ColumnName => "Parallel efficiency";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "time on 1 thread / (threads x time on N threads), same residents";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(ParallelWeekBenchmark)) return "-";
        object Param(BenchmarkCase c, string name) => c.Parameters.Items.Single(p => p.Name == name).Value;
        int threads = (int)Param(benchmarkCase, "Threads");
        var single = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Type == typeof(ParallelWeekBenchmark)
            && Equals(Param(c, "Residents"), Param(benchmarkCase, "Residents")) && (int)Param(c, "Threads") == 1);
        double? mine = summary[benchmarkCase]?.ResultStatistics?.Mean, one = single is null ? null : summary[single]?.ResultStatistics?.Mean;
        return mine is double m && one is double o ? (o / (threads * m)).ToString("P0") : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
