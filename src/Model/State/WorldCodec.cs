using System.Runtime.InteropServices;

namespace WijkSim.Model.State;

/// <summary>The changing state of a world as raw bytes, so that another process holding a world built
/// from the same configuration and seed (a replica) can be brought to exactly the same state: same
/// bits, no floating-point text round trip. All state structs are unmanaged, so this is a memory copy.</summary>
public static class WorldCodec
{
    /// <summary>Scalars, lever slots, initiatives, agreements, funders and links (not the residents).</summary>
    public static byte[] EncodeInstitutions(World w)
    {
        using var stream = new MemoryStream();
        Write(stream, MemoryMarshal.CreateReadOnlySpan(ref w.Scalars, 1));
        Write<double>(stream, w.LeverSlots);
        Write<InitiativeState>(stream, w.Initiatives);
        Write<AgreementState>(stream, w.Agreements);
        Write<FunderState>(stream, w.Funders);
        Write<FunderLink>(stream, w.FunderLinks);
        return stream.ToArray();
    }

    public static void DecodeInstitutions(World w, byte[] bytes)
    {
        int at = 0;
        Read(bytes, ref at, MemoryMarshal.CreateSpan(ref w.Scalars, 1));
        Read<double>(bytes, ref at, w.LeverSlots);
        Read<InitiativeState>(bytes, ref at, w.Initiatives);
        Read<AgreementState>(bytes, ref at, w.Agreements);
        Read<FunderState>(bytes, ref at, w.Funders);
        Read<FunderLink>(bytes, ref at, w.FunderLinks);
        if (at != bytes.Length) throw new ArgumentException("institution bytes do not fit this world", nameof(bytes));
    }

    /// <summary>One initiative's state.</summary>
    public static byte[] EncodeInitiative(World w, int k) => MemoryMarshal.AsBytes(w.Initiatives.AsSpan(k, 1)).ToArray();

    public static void DecodeInitiative(World w, int k, byte[] bytes) =>
        bytes.AsSpan().CopyTo(MemoryMarshal.AsBytes(w.Initiatives.AsSpan(k, 1)));

    /// <summary>Residents <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) of a buffer.</summary>
    public static byte[] EncodeResidents(World w, ResidentBuffer b, int from, int to)
    {
        int K = w.InitiativeCount;
        using var stream = new MemoryStream();
        Write<Role>(stream, b.Role.AsSpan(from * K, (to - from) * K));
        Write<double>(stream, b.Trust.AsSpan(from * K, (to - from) * K));
        Write<double>(stream, b.Hours.AsSpan(from * K, (to - from) * K));
        Write<double>(stream, b.Fun.AsSpan(from * K, (to - from) * K));
        Write<double>(stream, b.Fatigue.AsSpan(from * K, (to - from) * K));
        Write<byte>(stream, b.WeeksSinceMember.AsSpan(from * K, (to - from) * K));
        Write<ushort>(stream, b.WorkedWeeks.AsSpan(from * K, (to - from) * K));
        Write<bool>(stream, b.CoOwner.AsSpan(from * K, (to - from) * K));
        Write<double>(stream, b.TrustMunicipality.AsSpan(from, to - from));
        Write<EntrepreneurStage>(stream, b.Stage.AsSpan(from, to - from));
        return stream.ToArray();
    }

    public static void DecodeResidents(World w, ResidentBuffer b, int from, int to, byte[] bytes)
    {
        int K = w.InitiativeCount, at = 0;
        Read<Role>(bytes, ref at, b.Role.AsSpan(from * K, (to - from) * K));
        Read<double>(bytes, ref at, b.Trust.AsSpan(from * K, (to - from) * K));
        Read<double>(bytes, ref at, b.Hours.AsSpan(from * K, (to - from) * K));
        Read<double>(bytes, ref at, b.Fun.AsSpan(from * K, (to - from) * K));
        Read<double>(bytes, ref at, b.Fatigue.AsSpan(from * K, (to - from) * K));
        Read<byte>(bytes, ref at, b.WeeksSinceMember.AsSpan(from * K, (to - from) * K));
        Read<ushort>(bytes, ref at, b.WorkedWeeks.AsSpan(from * K, (to - from) * K));
        Read<bool>(bytes, ref at, b.CoOwner.AsSpan(from * K, (to - from) * K));
        Read<double>(bytes, ref at, b.TrustMunicipality.AsSpan(from, to - from));
        Read<EntrepreneurStage>(bytes, ref at, b.Stage.AsSpan(from, to - from));
        if (at != bytes.Length) throw new ArgumentException("resident bytes do not fit this range", nameof(bytes));
    }

    private static void Write<T>(Stream s, ReadOnlySpan<T> items) where T : unmanaged => s.Write(MemoryMarshal.AsBytes(items));

    private static void Read<T>(byte[] bytes, ref int at, Span<T> into) where T : unmanaged
    {
        var target = MemoryMarshal.AsBytes(into);
        bytes.AsSpan(at, target.Length).CopyTo(target);
        at += target.Length;
    }
}
