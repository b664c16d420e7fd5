using System.Diagnostics;
using System.Globalization;

namespace WijkSim.Benchmarks;

/// <summary>A probe of the machine, not of WijkSim: how fast one core runs while the other cores are busy.
/// It times the same arithmetic on one thread alone and on every core at once, in alternating rounds.
/// Two kinds of arithmetic tell two causes apart:
/// a <b>chain</b> (each multiply-add waits for the last one) runs at one step per few cycles whatever
/// else the core does, so it slows down with other cores busy only if the clock does (a boost that one
/// busy core gets and all busy cores do not, or a host that slows a virtual machine's second vCPU);
/// <b>independent</b> multiply-adds fill the core's multipliers, so they slow down also when two vCPUs are
/// two hardware threads of one physical core. Neither touches memory. So the ratio "per thread with every
/// core busy / alone" is a ceiling for the parallel efficiency of any code on this machine at that time
/// (ParallelWeekBenchmark, <see cref="PairedYears"/>).
/// Run: <c>dotnet run -c Release --project benchmarks -- cores [rounds]</c> (default 20).</summary>
public static class CoreProbe
{
    private const long Steps = 40_000_000; // about 0.05-0.1 s per round and kind here

    public static int Run(string[] args)
    {
        int rounds = 20;
        if (args.Length > 1 || (args.Length == 1 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)))
        {
            Console.Error.WriteLine("usage: cores [rounds], a whole number of at least 1 (default 20)");
            return 2;
        }
        int cores = Environment.ProcessorCount;
        Console.WriteLine($"{cores} cores, {rounds} rounds; per-thread speed with all {cores} cores busy over the speed alone:");
        foreach (var (name, work) in new (string, Func<long, ulong>)[] { ("chain (the clock)", Chain), ("independent (the clock and shared units)", Independent) })
        {
            for (int warm = 0; warm < 2; warm++) { Alone(work); Together(work, cores); } // JIT to its last tier
            var ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) ratios[r] = Round(work, cores, r % 2 == 1);
            Array.Sort(ratios);
            Console.WriteLine($"  {name}: median {ratios[rounds / 2]:P0}, lowest {ratios[0]:P0}, highest {ratios[^1]:P0}");
        }
        return 0;
    }

    /// <summary>One round: per-thread speed with <paramref name="cores"/> threads at once over the speed
    /// alone (at most about 1). <paramref name="togetherFirst"/> runs the threads first, so that a drift
    /// within a round does not always favour one side when rounds alternate.</summary>
    public static double Round(Func<long, ulong> work, int cores, bool togetherFirst)
    {
        double alone, together;
        if (togetherFirst) { together = Together(work, cores); alone = Alone(work); }
        else { alone = Alone(work); together = Together(work, cores); }
        return alone / together; // times per step
    }

    /// <summary>Seconds for <see cref="Steps"/> steps on this thread.</summary>
    private static double Alone(Func<long, ulong> work)
    {
        var clock = Stopwatch.StartNew();
        Sink(work(Steps));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The slowest thread's seconds for <see cref="Steps"/> steps each, with <paramref name="threads"/> threads started together.</summary>
    private static double Together(Func<long, ulong> work, int threads)
    {
        var seconds = new double[threads];
        using var start = new Barrier(threads);
        var team = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var clock = Stopwatch.StartNew();
            Sink(work(Steps));
            seconds[t] = clock.Elapsed.TotalSeconds;
        })).ToArray();
        foreach (var thread in team) thread.Start();
        foreach (var thread in team) thread.Join();
        return seconds.Max();
    }

    /// <summary>Each step waits for the last: a multiply and an add in a row.</summary>
    public static ulong Chain(long steps)
    {
        ulong x = 1;
        for (long i = 0; i < steps; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
        return x;
    }

    /// <summary>Eight chains side by side: as many multiplies as the core can start each cycle.</summary>
    public static ulong Independent(long steps)
    {
        ulong a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
        const ulong M = 6364136223846793005UL, A = 1442695040888963407UL;
        for (long i = 0; i < steps; i += 8)
        {
            a = a * M + A; b = b * M + A; c = c * M + A; d = d * M + A;
            e = e * M + A; f = f * M + A; g = g * M + A; h = h * M + A;
        }
        return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
    }

    private static ulong _sink;
    private static void Sink(ulong value) => _sink ^= value; // so the arithmetic cannot be left out
}
