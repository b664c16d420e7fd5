using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using WijkSim.Benchmarks;

// Run: dotnet run -c Release --project benchmarks -- --filter '*'
var config = DefaultConfig.Instance.AddColumn(new ResidentWeeksPerSecondColumn(), new RunsPerSecondColumn(), new ParallelEfficiencyColumn());
BenchmarkSwitcher.FromAssembly(typeof(KernelWeekBenchmark).Assembly).Run(args, config);
