using System.Diagnostics;
using System.Globalization;
using WijkSim.Model.Kernel;

namespace WijkSim.Benchmarks;

/// <summary>A diagnostic beside <see cref="ParallelWeekBenchmark"/>, not a benchmark: it alternates a year
/// on 1 thread and a year on N threads in one process (every other pair in the other order), many times,
/// and prints the spread of the pairs' parallel efficiency. BenchmarkDotNet measures the 1-thread and the 2-thread case minutes apart, each in
/// its own process; on this 2-vCPU virtual machine the speed of a vCPU drifts by a third over minutes (the
/// same 1-thread year took 5.1 ms a week and then 7.2 ms in one process), so the ratio of two cases
/// measured apart swings with the machine. Pairs taken seconds apart show how far. It also splits one
/// 1-thread year into the residents' phase and the rest, which stays on one thread (Amdahl's serial part).
/// Beside each pair it runs the same year in N separate worlds at once, one per thread with no team: how
/// fast this machine runs this work on N cores when nothing is shared, the reference for the team.
/// Run: <c>dotnet run -c Release --project benchmarks -- pairs [residents] [pairs] [threads]</c>
/// (defaults 100000, 30 and every core).</summary>
public static class PairedYears
{
    public static int Run(string[] args)
    {
        if (!TryArgument(args, 0, 100_000, out int residents) || !TryArgument(args, 1, 30, out int pairs)
            || !TryArgument(args, 2, Environment.ProcessorCount, out int threads) || args.Length > 3)
        {
            Console.Error.WriteLine("usage: pairs [residents] [pairs] [threads], each a whole number of at least 1 (default 100000 30 <cores>)");
            return 2;
        }
        var (snapshot, world) = SecondYearBenchmark.Worlds(residents);
        // A team per year, so no helper thread spins while the 1-thread year runs.
        double MsPerWeek(int n)
        {
            using var team = new ResidentTeam(n);
            var clock = Stopwatch.StartNew();
            SecondYearBenchmark.Year(world, snapshot, team);
            return clock.Elapsed.TotalMilliseconds / SecondYearBenchmark.WeeksPerInvoke;
        }
        // The same year in N worlds at once, each on its own thread with a team of one: the machine's own
        // scaling for this work (its cores, caches and memory shared as they are), with nothing of the team's.
        var others = Enumerable.Range(1, threads - 1).Select(_ => SecondYearBenchmark.Worlds(residents)).Prepend((snapshot, world)).ToArray();
        double Apart(int n)
        {
            var seconds = new double[n];
            using var start = new Barrier(n);
            var runners = Enumerable.Range(0, n).Select(t => new Thread(() =>
            {
                using var team = new ResidentTeam(1);
                start.SignalAndWait();
                var clock = Stopwatch.StartNew();
                SecondYearBenchmark.Year(others[t].Item2, others[t].Item1, team);
                seconds[t] = clock.Elapsed.TotalSeconds;
            })).ToArray();
            foreach (var runner in runners) runner.Start();
            foreach (var runner in runners) runner.Join();
            return seconds.Max() * 1000 / SecondYearBenchmark.WeeksPerInvoke; // ms per week of the slower world
        }
        for (int warm = 0; warm < 3; warm++) { MsPerWeek(1); MsPerWeek(threads); Apart(threads); } // past the first tiers of the JIT
        var one = new double[pairs];
        var many = new double[pairs];
        var efficiency = new double[pairs];
        var apart = new double[pairs];
        for (int p = 0; p < pairs; p++)
        {
            // Every other pair in the other order, so a drift within a pair does not always favour one side.
            double worldsApart;
            if (p % 2 == 0) { one[p] = MsPerWeek(1); many[p] = MsPerWeek(threads); worldsApart = Apart(threads); }
            else { worldsApart = Apart(threads); many[p] = MsPerWeek(threads); one[p] = MsPerWeek(1); }
            efficiency[p] = one[p] / (threads * many[p]);
            apart[p] = one[p] / worldsApart;
        }
        // Where a week goes: the team's part (the residents stepped and counted by the threads, then the sums
        // in id order, each thread adding its own block in turn) and the part on the calling thread alone
        // (events, institutions, the initiatives' update). Timed on 1 thread and on N.
        (double Residents, double Others) Phases(int n)
        {
            double residentsMs = 0, restMs = 0;
            using var team = new ResidentTeam(n);
            world.CopyStateFrom(snapshot);
            for (int week = 0; week < SecondYearBenchmark.WeeksPerInvoke; week++)
            {
                long start = Stopwatch.GetTimestamp();
                WeeklyStep.Begin(world);
                long begun = Stopwatch.GetTimestamp();
                team.StepResidents(world);
                long stepped = Stopwatch.GetTimestamp();
                WeeklyStep.End(world, team);
                restMs += Stopwatch.GetElapsedTime(start, begun).TotalMilliseconds + Stopwatch.GetElapsedTime(stepped).TotalMilliseconds;
                residentsMs += Stopwatch.GetElapsedTime(begun, stepped).TotalMilliseconds;
            }
            return (residentsMs / SecondYearBenchmark.WeeksPerInvoke, restMs / SecondYearBenchmark.WeeksPerInvoke);
        }
        var phasesOne = Phases(1);
        var phasesMany = Phases(threads);
        static double Quantile(double[] values, double q) => values.Order().ElementAt((int)(q * (values.Length - 1))); // the lower middle for q = 0.5, as CoreProbe.Median
        Console.WriteLine($"Jan Eef, {residents:N0} residents, weeks 52-103, {pairs} pairs of years (1 thread, then {threads}), ms per week:");
        Console.WriteLine($"  1 thread:   median {Quantile(one, 0.5):F3}, fastest {one.Min():F3}, slowest {one.Max():F3}");
        Console.WriteLine($"  {threads} threads:  median {Quantile(many, 0.5):F3}, fastest {many.Min():F3}, slowest {many.Max():F3}");
        Console.WriteLine($"  efficiency of a pair: median {Quantile(efficiency, 0.5):P0}, 10th-90th percentile {Quantile(efficiency, 0.1):P0}-{Quantile(efficiency, 0.9):P0}; fastest 1-thread year over {threads} x fastest {threads}-thread year (from any pairs) {one.Min() / (threads * many.Min()):P0}");
        Console.WriteLine($"  {threads} worlds apart, one per thread at once (no team, nothing shared), per-thread speed over one world alone: median {Quantile(apart, 0.5):P0}, 10th-90th percentile {Quantile(apart, 0.1):P0}-{Quantile(apart, 0.9):P0}: what this machine gives this work on {threads} cores");
        foreach (var (n, (res, rest)) in new[] { (1, phasesOne), (threads, phasesMany) })
            Console.WriteLine($"  one {n}-thread year by phase: the team (residents, counts, sums) {res:F3} ms a week, the rest (calling thread alone) {rest:F3} ms: {rest / (res + rest):P0} of the week");
        return 0;
    }

    private static bool TryArgument(string[] args, int position, int fallback, out int value)
    {
        value = fallback;
        return args.Length <= position || (int.TryParse(args[position], NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1);
    }
}
