namespace WijkSim.Model.Build;

/// <summary>The ties of every resident while the network is built: a fixed number of slots per resident
/// in one array, and a small overflow list for the few residents with more ties than slots (a resident
/// many rewired ties land on). A <c>HashSet&lt;int&gt;</c> per resident took about 400 bytes each, most of
/// the memory of a 1,000,000-resident world at its peak (issue 18); this takes 4 bytes a slot.
/// Only membership and the final sorted lists matter, so the network is the same bits.</summary>
public sealed class TieLists
{
    private readonly int _slots;
    private readonly int[] _ties;
    private readonly byte[] _count;
    private readonly Dictionary<int, List<int>> _overflow = [];

    public TieLists(int residents, int slotsPerResident)
    {
        _slots = Math.Clamp(slotsPerResident, 1, byte.MaxValue);
        _ties = new int[(long)residents * _slots is var size && size <= Array.MaxLength ? (int)size : throw new ArgumentOutOfRangeException(nameof(residents))];
        _count = new byte[residents];
    }

    public int Count(int i) => _count[i] + (_overflow.TryGetValue(i, out var more) ? more.Count : 0);

    public bool Contains(int i, int j)
    {
        var mine = _ties.AsSpan(i * _slots, _count[i]);
        return mine.Contains(j) || (_overflow.TryGetValue(i, out var more) && more.Contains(j));
    }

    public void Add(int i, int j)
    {
        if (_count[i] < _slots) _ties[i * _slots + _count[i]++] = j;
        else if (_overflow.TryGetValue(i, out var more)) more.Add(j);
        else _overflow[i] = [j];
    }

    /// <summary>Resident i's ties, in the order they were added.</summary>
    public void CopyTo(int i, Span<int> into)
    {
        _ties.AsSpan(i * _slots, _count[i]).CopyTo(into);
        if (_overflow.TryGetValue(i, out var more)) more.CopyTo(into[_count[i]..]);
    }
}
