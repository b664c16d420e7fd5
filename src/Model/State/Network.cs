namespace WijkSim.Model.State;

/// <summary>The residents' social network in compressed sparse rows: the ties of i are
/// <c>Neighbours[Offsets[i]..Offsets[i+1]]</c>, sorted ascending. Immutable after construction.</summary>
public sealed class Network(int[] offsets, int[] neighbours)
{
    public int[] Offsets { get; } = offsets;
    public int[] Neighbours { get; } = neighbours;
    public int Count => Offsets.Length - 1;
    public ReadOnlySpan<int> Of(int i) => Neighbours.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);
}
