using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace WijkSim.Benchmarks;

/// <summary>A probe of the machine, not of WijkSim: how fast each core runs while the other cores are busy.
/// Each round times the same arithmetic on one thread alone and on every core at once, for two kinds of
/// arithmetic, and the rounds alternate the order. The two kinds tell two causes apart:
/// a <b>chain</b> (each multiply-add waits for the last one) runs at one step per few cycles whatever
/// else the core does, so it slows down with other cores busy only if the clock does (or if two threads
/// land on one vCPU); <b>independent</b> multiply-adds fill the core's multiplier, so they slow down also
/// when two vCPUs are two hardware threads of one physical core, or share it with another tenant. Neither
/// touches memory, and this is the worst case for a shared core: code that waits on memory, such as the
/// weekly step, loses less there and may lose elsewhere (<see cref="PairedYears"/> runs whole worlds apart
/// for that). Each thread's own time is kept, so both threads slow (siblings) can be told from one
/// thread slow (a neighbour).
/// Run: <c>dotnet run -c Release --project benchmarks -- cores [rounds]</c> (default 20, at most 10,000).</summary>
public static class CoreProbe
{
    private const long ChainSteps = 20_000_000;        // about 40 ms alone here (a multiply and an add in a row)
    private const long IndependentSteps = 80_000_000;  // about as long: the multiplier starts one a cycle

    public static int Run(string[] args)
    {
        int rounds = 20;
        if (args.Length > 1 || (args.Length == 1 && (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1 || rounds > 10_000)))
        {
            Console.Error.WriteLine("usage: cores [rounds], a whole number from 1 to 10000 (default 20)");
            return 2;
        }
        int cores = Environment.ProcessorCount;
        var kinds = new (string Name, Func<long, ulong> Work, long Steps)[]
        {
            ("chain (the clock)", Chain, ChainSteps),
            ("independent (the clock and the core's multiplier)", Independent, IndependentSteps),
        };
        var slowest = kinds.Select(_ => new double[rounds]).ToArray();
        var fastest = kinds.Select(_ => new double[rounds]).ToArray();
        for (int warm = 0; warm < 2; warm++) foreach (var kind in kinds) Round(kind.Work, kind.Steps, cores, false);
        for (int r = 0; r < rounds; r++)
            for (int k = 0; k < kinds.Length; k++)
                (slowest[k][r], fastest[k][r]) = Round(kinds[k].Work, kinds[k].Steps, cores, r % 2 == 1);
        Console.WriteLine($"{cores} cores, {rounds} rounds, both kinds in every round; speed of a thread with all {cores} cores busy over its speed alone:");
        for (int k = 0; k < kinds.Length; k++)
            Console.WriteLine($"  {kinds[k].Name}: slowest thread median {Median(slowest[k]):P0} (lowest {slowest[k].Min():P0}), fastest thread median {Median(fastest[k]):P0}; rounds with the slowest under 60%: {slowest[k].Count(x => x < 0.6)}, of which with every thread under 60%: {fastest[k].Count(x => x < 0.6)}");
        return 0;
    }

    /// <summary>Middle value (the lower of the two middle ones for an even count, as <see cref="PairedYears"/>).</summary>
    public static double Median(double[] values) => values.Order().ElementAt((values.Length - 1) / 2);

    /// <summary>One round: the speed of the slowest and of the fastest of <paramref name="cores"/> threads run
    /// at once, each over the speed alone (about 1 when nothing is shared). <paramref name="togetherFirst"/>
    /// runs the threads first, so that a drift within a round does not always favour one side.</summary>
    private static (double Slowest, double Fastest) Round(Func<long, ulong> work, long steps, int cores, bool togetherFirst)
    {
        double alone;
        double[] together;
        if (togetherFirst) { together = Together(work, steps, cores); alone = Alone(work, steps); }
        else { alone = Alone(work, steps); together = Together(work, steps, cores); }
        return (alone / together.Max(), alone / together.Min());
    }

    private static double Alone(Func<long, ulong> work, long steps)
    {
        var clock = Stopwatch.StartNew();
        Sink(work(steps));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Each thread's seconds for <paramref name="steps"/> steps, <paramref name="threads"/> threads started together.</summary>
    private static double[] Together(Func<long, ulong> work, long steps, int threads)
    {
        var seconds = new double[threads];
        using var start = new Barrier(threads);
        var team = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var clock = Stopwatch.StartNew();
            Sink(work(steps));
            seconds[t] = clock.Elapsed.TotalSeconds;
        })).ToArray();
        foreach (var thread in team) thread.Start();
        foreach (var thread in team) thread.Join();
        return seconds;
    }

    /// <summary>Each step waits for the last: a multiply and an add in a row. Optimised from the first call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Chain(long steps)
    {
        ulong x = 1;
        for (long i = 0; i < steps; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
        return x;
    }

    /// <summary>Eight chains side by side: as many multiplies as the core can start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Independent(long steps)
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
    private static void Sink(ulong value) => _sink ^= value; // so the arithmetic cannot be left out (a lost update does not matter)
}
