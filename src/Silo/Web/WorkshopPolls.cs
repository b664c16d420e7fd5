using WijkSim.Grains.Contracts;

namespace WijkSim.Silo.Web;

/// <summary>Questions to the room, as in NetLogo's HubNet (issue 15): the facilitator asks which value a
/// lever should take, or asks the room to vote as the shopkeepers on a BIZ; every viewer answers on a
/// phone and the tally shows live. Applying a poll turns its answer into an ordinary lever change (for a
/// BIZ vote: the room's yes-share as a <c>room_vote</c>), so the session's manifest replays it exactly.
/// One poll is open at a time; each viewer's last answer counts. Polls live with the server, like the
/// session archive.</summary>
public sealed class WorkshopPolls
{
    /// <summary>One answer the room can give, and the lever values it stands for.</summary>
    public sealed record Choice(string Label, double? Value, string? Stance, string? Schedule);

    public sealed record Poll(int Id, string Session, string Run, string Lever, string? Initiative, IReadOnlyList<Choice> Choices, int Week);

    /// <summary>A closed poll: its question, the tally, and the lever change it became (if applied).</summary>
    public sealed record Closed(Poll Poll, int[] Tally, LeverRecord? Applied);

    private readonly object _gate = new();
    private readonly Dictionary<string, int> _answers = [];
    private readonly List<Closed> _closed = [];
    private Poll? _open;
    private int _next;

    /// <summary>Changes whenever a poll opens, is answered or closes, so the feed knows to send.</summary>
    public int Version { get; private set; }

    /// <summary>Opens a poll, closing (without applying) one that is still open.</summary>
    public Poll Open(string session, string run, string lever, string? initiative, IReadOnlyList<Choice> choices, int week)
    {
        lock (_gate)
        {
            if (_open is not null) CloseLocked();
            _open = new Poll(++_next, session, run, lever, initiative, choices, week);
            _answers.Clear();
            Version++;
            return _open;
        }
    }

    /// <summary>A viewer's answer; an answer given again replaces the earlier one.</summary>
    /// <exception cref="PollError">no such open poll or choice; the message says which</exception>
    public void Answer(int poll, string voter, int choice)
    {
        lock (_gate)
        {
            if (_open is null || _open.Id != poll) throw new PollError("poll", $"poll {poll} is not open{(_open is null ? "" : $"; the open poll is {_open.Id}")}");
            if (choice < 0 || choice >= _open.Choices.Count)
                throw new PollError("choice", $"expected a choice from 0 to {_open.Choices.Count - 1}, found {choice}");
            _answers[voter] = choice;
            Version++;
        }
    }

    /// <summary>The open poll and its tally, or null.</summary>
    public (Poll Poll, int[] Tally)? Current()
    {
        lock (_gate) return _open is null ? null : (_open, TallyLocked());
    }

    /// <summary>Closes the open poll: no answer counts after this. Its tally is final.</summary>
    public Closed? Close()
    {
        lock (_gate) return _open is null ? null : CloseLocked();
    }

    /// <summary>Records the lever change a closed poll became.</summary>
    public void Applied(int poll, LeverRecord record)
    {
        lock (_gate)
        {
            int i = _closed.FindIndex(c => c.Poll.Id == poll);
            if (i >= 0) _closed[i] = _closed[i] with { Applied = record };
            Version++;
        }
    }

    /// <summary>The polls closed in a session, in order (for its manifest and its page).</summary>
    public IReadOnlyList<Closed> History(string session)
    {
        lock (_gate) return _closed.Where(c => c.Poll.Session == session).ToArray();
    }

    /// <summary>A reset or a load starts the session's questions afresh (its zip has kept them).</summary>
    public void Forget(string session)
    {
        lock (_gate)
        {
            if (_open?.Session == session) CloseLocked();
            _closed.RemoveAll(c => c.Poll.Session == session);
            Version++;
        }
    }

    /// <summary>The winning choice: the most answers, the first on a tie; null if nobody answered.</summary>
    public static int? Winner(int[] tally)
    {
        if (tally.Sum() == 0) return null;
        int best = 0;
        for (int i = 1; i < tally.Length; i++) if (tally[i] > tally[best]) best = i;
        return best;
    }

    private int[] TallyLocked()
    {
        var tally = new int[_open!.Choices.Count];
        foreach (int choice in _answers.Values) tally[choice]++;
        return tally;
    }

    private Closed CloseLocked()
    {
        var closed = new Closed(_open!, TallyLocked(), null);
        _closed.Add(closed);
        _open = null;
        _answers.Clear();
        Version++;
        return closed;
    }
}

/// <summary>A refused answer: <see cref="Field"/> names what was wrong (poll or choice).</summary>
public sealed class PollError(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
