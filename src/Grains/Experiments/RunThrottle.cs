namespace WijkSim.Grains.Experiments;

/// <summary>How many kernel runs one silo executes at once (default: one per core). Runs are pure CPU
/// work; more of them at once than cores only adds switching, and Orleans' own work (messages,
/// membership) must keep a thread. Runs execute on the thread pool, not in the grain's turn, so a
/// long run does not block the grain scheduler or trip Orleans' long-turn warnings.</summary>
public sealed class RunThrottle(int limit)
{
    private readonly SemaphoreSlim _slots = new(limit, limit);

    public int Limit { get; } = limit;

    public async Task<T> Run<T>(Func<T> work)
    {
        await _slots.WaitAsync();
        try
        {
            return await Task.Run(work);
        }
        finally
        {
            _slots.Release();
        }
    }
}
