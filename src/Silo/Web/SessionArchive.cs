namespace WijkSim.Silo.Web;

/// <summary>Every session the workshop replaced (by a reset, another scenario, a new or stopped
/// comparison), kept as its zip until the server stops: one click of the facilitator must not lose an
/// evening's run (issue 15). The zip is taken before the replaced run's grains are let go.</summary>
public sealed class SessionArchive
{
    private readonly List<Entry> _entries = [];
    private readonly Lock _lock = new();

    /// <summary>One replaced session. <paramref name="Reason"/> is what replaced it: reset, load, fork
    /// (a new comparison replaced the old one) or unfork (the comparison was stopped).</summary>
    public sealed record Entry(int Number, string Scenario, ulong Seed, int Week, int? ForkedAtWeek, int LeverChanges,
        string Reason, DateTimeOffset SavedAt, byte[] Zip);

    public Entry Add(string scenario, ulong seed, int week, int? forkedAtWeek, int leverChanges, string reason, byte[] zip)
    {
        lock (_lock)
        {
            var entry = new Entry(_entries.Count + 1, scenario, seed, week, forkedAtWeek, leverChanges, reason, DateTimeOffset.UtcNow, zip);
            _entries.Add(entry);
            return entry;
        }
    }

    public IReadOnlyList<Entry> All()
    {
        lock (_lock) return [.. _entries];
    }

    public Entry? Find(int number)
    {
        lock (_lock) return number >= 1 && number <= _entries.Count ? _entries[number - 1] : null;
    }
}
