using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Steps the residents of one world on several threads (issue 18: one big world on every core).
/// The residents' phase is order-independent by design: each resident reads only last week's buffer and
/// writes only her own entries of this week's, and every draw is keyed by (seed, resident, week, purpose).
/// So splitting the residents into contiguous blocks, one per thread, gives the same bits as one thread.
/// Each thread also counts the residents it has just stepped (<see cref="InitiativeTally"/>,
/// <see cref="NeighbourhoodTally"/>: whole numbers, which add up in any order); only the sums of doubles
/// stay in id order on the calling thread, at the end of the week. Counting in the blocks halved the part
/// of a 100k-resident week that did not get faster with threads (docs in benchmarks/README.md).
///
/// The threads are made once and spin between weeks, waiting for the next one: a week allocates
/// nothing, and no thread has to be woken by the kernel (on this 2-vCPU virtual machine a blocked thread
/// woke so late that two threads were barely faster than one). So a team keeps its cores busy while it
/// lives: make it for one run (<see cref="KernelRun"/> does) and dispose of it. The calling thread steps
/// the first block itself. With one thread no other thread is made.</summary>
public sealed class ResidentTeam : IDisposable
{
    private readonly Thread[] _helpers;
    private World? _world;
    private volatile int _generation;
    private int _pending;
    private volatile bool _stopping;
    private Exception? _failure;
    private InitiativeTally[] _tallies = []; // [block * K + k], this week's counts of each block
    private readonly NeighbourhoodTally[] _neighbourhood;

    public ResidentTeam(int threads)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
        Threads = threads;
        _neighbourhood = new NeighbourhoodTally[threads];
        _helpers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++)
        {
            int block = t;
            _helpers[t - 1] = new Thread(() => Help(block)) { IsBackground = true, Name = $"wijksim residents {block}" };
            _helpers[t - 1].Start();
        }
    }

    public int Threads { get; }

    /// <summary>Phase 4 of a week: every resident of <paramref name="w"/>, in <see cref="Threads"/> blocks.</summary>
    public void StepResidents(World w)
    {
        // Sized on the first week of a world (a week allocates nothing after that).
        if (_tallies.Length != Threads * w.InitiativeCount) _tallies = new InitiativeTally[Threads * w.InitiativeCount];
        if (Threads == 1)
        {
            StepBlock(w, 0); // the one block is every resident
            return;
        }
        ObjectDisposedException.ThrowIf(_stopping, this);
        _world = w;
        Volatile.Write(ref _pending, Threads - 1);
        _generation++; // the helpers start their blocks
        StepBlock(w, 0);
        var spin = new SpinWait();
        while (Volatile.Read(ref _pending) > 0) spin.SpinOnce(sleep1Threshold: -1); // every block is done
        _world = null;
        if (_failure is { } failure) throw new InvalidOperationException("a resident thread failed", failure);
    }

    private void StepBlock(World w, int block)
    {
        // Contiguous blocks: each thread walks its own stretch of the buffers.
        int from = (int)((long)w.Residents * block / Threads), to = (int)((long)w.Residents * (block + 1) / Threads);
        int week = w.Week;
        for (int i = from; i < to; i++) ResidentStep.Step(w, i, week);
        // Counted right after stepping, while this block is still in this core's cache.
        int K = w.InitiativeCount;
        for (int k = 0; k < K; k++) _tallies[block * K + k] = InitiativeTally.Count(w, k, w.Next, from, to);
        _neighbourhood[block] = NeighbourhoodTally.Count(w, w.Next, from, to);
    }

    /// <summary>Initiative <paramref name="k"/>'s counts over every resident stepped this week.</summary>
    public InitiativeTally InitiativeCounts(int k)
    {
        int K = _tallies.Length / Threads;
        var all = _tallies[k];
        for (int block = 1; block < Threads; block++) all.Add(_tallies[block * K + k]);
        return all;
    }

    /// <summary>The neighbourhood's counts over every resident stepped this week.</summary>
    public NeighbourhoodTally NeighbourhoodCounts()
    {
        var all = _neighbourhood[0];
        for (int block = 1; block < Threads; block++) all.Add(_neighbourhood[block]);
        return all;
    }

    private void Help(int block)
    {
        int seen = 0;
        while (true)
        {
            var spin = new SpinWait();
            while (_generation == seen && !_stopping) spin.SpinOnce(sleep1Threshold: -1);
            if (_stopping) return;
            seen = _generation;
            try { StepBlock(_world!, block); }
            catch (Exception e) { _failure = e; }
            Interlocked.Decrement(ref _pending);
        }
    }

    public void Dispose()
    {
        if (_stopping) return;
        _stopping = true;
        foreach (var helper in _helpers) helper.Join();
    }
}
