using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Steps the residents of one world on several threads (issue 18: one big world on every core).
/// The residents' phase is order-independent by design: each resident reads only last week's buffer and
/// writes only her own entries of this week's, and every draw is keyed by (seed, resident, week, purpose).
/// So any split of the residents among threads gives the same bits as one thread.
///
/// The split: the residents are cut into contiguous chunks (<see cref="ChunkSize"/>), and each thread owns
/// an equal block of chunks. A thread steps its own block's chunks first, then takes what is left of the
/// others' blocks, one chunk at a time (an atomic cursor per block). So each thread mostly keeps its own
/// stretch of memory from week to week, and a thread on a slower core does less: on this 2-vCPU virtual
/// machine one vCPU often runs a third slower than the other for seconds at a time, and with fixed
/// halves the week waited for the slow one.
///
/// Each chunk is also counted right after it is stepped (<see cref="InitiativeTally"/>,
/// <see cref="NeighbourhoodTally"/>: whole numbers, which add up in any order). The sums of doubles must
/// stay in id order (<see cref="ResidentSums"/>), so after stepping each thread adds its own block onto the
/// running sums in turn: thread 0 its block, then thread 1 from where thread 0 ended, and so on. Each thread
/// reads what it wrote itself. When the calling thread added up every resident, the other thread's next
/// writes to those lines had to fetch them back first, and it stepped a chunk 60% slower (benchmarks/README.md).
///
/// The threads are made once and spin between weeks, waiting for the next one: a week allocates
/// nothing, and no thread has to be woken by the kernel (on this virtual machine a blocked thread woke so
/// late that two threads were barely faster than one). The week still ends only when every helper has
/// looked for work, so a helper the system has set aside delays it even if others took all its chunks. So a team keeps its cores busy while it lives:
/// make it for one run (<see cref="KernelRun"/> does) and dispose of it. The calling thread works as
/// thread 0. With one thread no other thread is made. One caller at a time: a week and
/// <see cref="Dispose"/> must not run at once (a helper told to stop mid-week would leave the week waiting).</summary>
public sealed class ResidentTeam : IDisposable
{
    // Cursors sit this many ints apart (128 bytes), so two threads taking chunks of different blocks do not
    // share a cache line (nor the pair of lines a core fetches together).
    private const int CursorSpacing = 32;

    private readonly Thread[] _helpers;
    private readonly int[] _cursors; // [block * CursorSpacing]: the next chunk of the block to take
    private World? _world;
    private volatile int _generation;
    private int _pending;
    private volatile bool _stopping;
    private Exception? _failure;
    private int _chunkSize, _chunks, _initiatives;
    private InitiativeTally[] _tallies = []; // [chunk * K + k], this week's counts of each chunk
    private NeighbourhoodTally[] _neighbourhood = [];
    private int[] _stepped = []; // [chunk]: the round in which the chunk was last stepped
    private int _round;          // this week's round, so a chunk's mark from last week does not count
    private int _summedBlocks;   // blocks added onto the sums so far this week, in block order
    private volatile bool _aborting; // a thread failed: the others stop waiting for the sums
    private readonly ResidentSums _sums = new();

    public ResidentTeam(int threads)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
        Threads = threads;
        _cursors = new int[threads * CursorSpacing];
        _helpers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++)
        {
            int thread = t;
            _helpers[t - 1] = new Thread(() => Help(thread)) { IsBackground = true, Name = $"wijksim residents {thread}" };
            _helpers[t - 1].Start();
        }
    }

    public int Threads { get; }

    /// <summary>This week's sums of doubles over every resident, in id order (after <see cref="StepResidents"/>).</summary>
    public ResidentSums Sums => _sums;

    /// <summary>Residents per chunk: about 16 chunks per thread, so a slow thread leaves work that a fast
    /// one can take, and at least 256 residents, so taking a chunk costs nothing beside stepping it.</summary>
    public static int ChunkSize(int residents, int threads) => Math.Clamp(residents / (threads * 16), 256, 8192);

    /// <summary>Phase 4 of a week: every resident of <paramref name="w"/>, in chunks taken by <see cref="Threads"/> threads.</summary>
    public void StepResidents(World w)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        Prepare(w);
        for (int block = 0; block < Threads; block++) _cursors[block * CursorSpacing] = FirstChunk(block);
        _sums.Reset(w.InitiativeCount);
        _round++;
        _summedBlocks = 0;
        _aborting = false;
        _failure = null; // a failure of two threads in one week is reported once, not again next week
        if (Threads == 1)
        {
            Work(w, 0);
            Sum(w, 0);
            return;
        }
        _world = w;
        Volatile.Write(ref _pending, Threads - 1);
        _generation++; // the helpers start
        try
        {
            Work(w, 0);
            Sum(w, 0);
        }
        catch
        {
            _aborting = true; // the helpers waiting for this thread's sums stop waiting
            throw;
        }
        finally
        {
            // Also when this thread's own chunk threw: the next week must not reset the cursors under helpers
            // that are still stepping this one.
            var spin = new SpinWait();
            while (Volatile.Read(ref _pending) > 0) spin.SpinOnce(sleep1Threshold: -1); // every chunk is done
            _world = null;
        }
        if (_failure is { } failure)
        {
            _failure = null;
            throw new InvalidOperationException("a resident thread failed", failure);
        }
    }

    /// <summary>Sizes the chunks and their tallies for <paramref name="w"/>: on a world's first week only,
    /// so a week allocates nothing.</summary>
    private void Prepare(World w)
    {
        int size = ChunkSize(w.Residents, Threads), chunks = (w.Residents + size - 1) / size;
        if (size == _chunkSize && chunks == _chunks && w.InitiativeCount == _initiatives) return;
        (_chunkSize, _chunks, _initiatives) = (size, chunks, w.InitiativeCount);
        _tallies = new InitiativeTally[chunks * w.InitiativeCount];
        _neighbourhood = new NeighbourhoodTally[chunks];
        _stepped = new int[chunks];
    }

    private int FirstChunk(int block) => (int)((long)_chunks * block / Threads);

    /// <summary>Thread <paramref name="thread"/>'s week: its own block's chunks, then what is left of the
    /// others', in block order after its own.</summary>
    private void Work(World w, int thread)
    {
        for (int j = 0; j < Threads; j++)
        {
            int block = (thread + j) % Threads, end = FirstChunk(block + 1);
            int chunk;
            while ((chunk = Interlocked.Increment(ref _cursors[block * CursorSpacing]) - 1) < end) StepChunk(w, chunk);
        }
    }

    private void StepChunk(World w, int chunk)
    {
        int from = chunk * _chunkSize, to = Math.Min(from + _chunkSize, w.Residents);
        int week = w.Week;
        for (int i = from; i < to; i++) ResidentStep.Step(w, i, week);
        // Counted right after stepping, while the chunk is still in this core's cache.
        int K = w.InitiativeCount;
        for (int k = 0; k < K; k++) _tallies[chunk * K + k] = InitiativeTally.Count(w, k, w.Next, from, to);
        _neighbourhood[chunk] = NeighbourhoodTally.Count(w, w.Next, from, to);
        Volatile.Write(ref _stepped[chunk], _round);
    }

    /// <summary>Adds block <paramref name="thread"/> onto the running sums, once the blocks before it are added
    /// and each of its chunks is stepped (a chunk another thread took may still be in its hands).</summary>
    private void Sum(World w, int thread)
    {
        var spin = new SpinWait();
        while (Volatile.Read(ref _summedBlocks) < thread)
        {
            if (_aborting) return;
            spin.SpinOnce(sleep1Threshold: -1);
        }
        for (int chunk = FirstChunk(thread), end = FirstChunk(thread + 1); chunk < end; chunk++)
        {
            while (Volatile.Read(ref _stepped[chunk]) != _round)
            {
                if (_aborting) return;
                spin.SpinOnce(sleep1Threshold: -1);
            }
            int from = chunk * _chunkSize;
            _sums.Add(w, w.Next, from, Math.Min(from + _chunkSize, w.Residents));
        }
        Volatile.Write(ref _summedBlocks, thread + 1);
    }

    /// <summary>Initiative <paramref name="k"/>'s counts over every resident stepped this week.</summary>
    public InitiativeTally InitiativeCounts(int k)
    {
        var all = new InitiativeTally();
        for (int chunk = 0; chunk < _chunks; chunk++) all.Add(_tallies[chunk * _initiatives + k]);
        return all;
    }

    /// <summary>The neighbourhood's counts over every resident stepped this week.</summary>
    public NeighbourhoodTally NeighbourhoodCounts()
    {
        var all = new NeighbourhoodTally();
        for (int chunk = 0; chunk < _chunks; chunk++) all.Add(_neighbourhood[chunk]);
        return all;
    }

    private void Help(int thread)
    {
        int seen = 0;
        while (true)
        {
            var spin = new SpinWait();
            while (_generation == seen && !_stopping) spin.SpinOnce(sleep1Threshold: -1);
            if (_stopping) return;
            seen = _generation;
            try
            {
                Work(_world!, thread);
                Sum(_world!, thread);
            }
            catch (Exception e)
            {
                _failure = e;
                _aborting = true; // the threads after this one stop waiting for its sums
            }
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
