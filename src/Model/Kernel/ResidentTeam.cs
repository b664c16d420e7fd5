using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Steps the residents of one world on several threads (issue 18: one big world on every core).
/// The residents' phase is order-independent by design: each resident reads only last week's buffer and
/// writes only her own entries of this week's, and every draw is keyed by (seed, resident, week, purpose).
/// So splitting the residents into contiguous blocks, one per thread, gives the same bits as one thread;
/// the sums over residents stay in <see cref="WeeklyStep.End"/>, in id order, on the calling thread.
///
/// The threads are made once and wait at a barrier between weeks, so a week allocates nothing. The
/// calling thread steps the first block itself. With one thread no other thread is made.</summary>
public sealed class ResidentTeam : IDisposable
{
    private readonly Thread[] _helpers;
    private readonly Barrier? _barrier;
    private World? _world;
    private volatile bool _stopping;
    private Exception? _failure;

    public ResidentTeam(int threads)
    {
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
        Threads = threads;
        _helpers = new Thread[threads - 1];
        if (threads == 1) return;
        _barrier = new Barrier(threads);
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
        if (_barrier is null)
        {
            for (int i = 0; i < w.Residents; i++) ResidentStep.Step(w, i, w.Week);
            return;
        }
        _world = w;
        _barrier.SignalAndWait(); // the helpers start their blocks
        StepBlock(w, 0);
        _barrier.SignalAndWait(); // every block is done
        _world = null;
        if (_failure is { } failure) throw new InvalidOperationException("a resident thread failed", failure);
    }

    private void StepBlock(World w, int block)
    {
        // Contiguous blocks: each thread walks its own stretch of the buffers.
        int from = (int)((long)w.Residents * block / Threads), to = (int)((long)w.Residents * (block + 1) / Threads);
        int week = w.Week;
        for (int i = from; i < to; i++) ResidentStep.Step(w, i, week);
    }

    private void Help(int block)
    {
        while (true)
        {
            _barrier!.SignalAndWait();
            if (_stopping) return;
            try { StepBlock(_world!, block); }
            catch (Exception e) { _failure = e; }
            _barrier.SignalAndWait();
        }
    }

    public void Dispose()
    {
        if (_barrier is null || _stopping) return;
        _stopping = true;
        _barrier.SignalAndWait(); // releases the helpers, which see the stop and leave
        foreach (var helper in _helpers) helper.Join();
        _barrier.Dispose();
    }
}
