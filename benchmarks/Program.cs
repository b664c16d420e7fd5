using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using WijkSim.Benchmarks;

// Run: dotnet run -c Release --project benchmarks -- --filter '*'
// The paired-years diagnostic (not a benchmark): dotnet run -c Release --project benchmarks -- pairs [residents] [pairs] [threads]
// A probe of the machine (not a benchmark): arithmetic alone and on every core at once: dotnet run -c Release --project benchmarks -- cores [rounds]
if (args is ["pairs", .. var rest]) return PairedYears.Run(rest);
if (args is ["cores", .. var probeArgs]) return CoreProbe.Run(probeArgs);
var config = DefaultConfig.Instance.AddColumn(new ResidentWeeksPerSecondColumn(), new RunsPerSecondColumn(), new ParallelEfficiencyColumn());
BenchmarkSwitcher.FromAssembly(typeof(KernelWeekBenchmark).Assembly).Run(args, config);
return 0;
