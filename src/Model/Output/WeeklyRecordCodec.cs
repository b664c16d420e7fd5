using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WijkSim.Model.Output;

/// <summary>Weekly records as raw bytes, to send a run's rows between silos and to keep them in an
/// experiment's journal. The rows are plain unmanaged structs, so a block copy is exact (doubles keep
/// every bit) and costs nothing to encode; both ends run the same build on the same byte order.
/// The struct's padding bytes travel too and carry no value (the JIT need not zero them), so compare
/// decoded records, never the encoded bytes.</summary>
public static class WeeklyRecordCodec
{
    public static byte[] Encode(ReadOnlySpan<WeeklyRecord> records) => MemoryMarshal.AsBytes(records).ToArray();

    /// <exception cref="InvalidDataException">the bytes are not a whole number of records</exception>
    public static WeeklyRecord[] Decode(ReadOnlySpan<byte> bytes)
    {
        // The managed size, which the block copy writes; Marshal.SizeOf counts a bool as 4 bytes and
        // disagrees as soon as the struct has enough bools (it refused every run's journal once).
        int size = Unsafe.SizeOf<WeeklyRecord>();
        if (bytes.Length % size != 0)
            throw new InvalidDataException($"{bytes.Length} bytes are not a whole number of {size}-byte weekly records");
        return MemoryMarshal.Cast<byte, WeeklyRecord>(bytes).ToArray();
    }
}
