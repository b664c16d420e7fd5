using WijkSim.Grains.Contracts;

namespace WijkSim.Grains.Live;

/// <summary>What the clock persists after every completed week (grain storage: in memory on an embedded
/// silo, PostgreSQL in a cluster). It is enough to rebuild the session on any silo: the fixed part of the
/// world comes from the configuration and seed, the changing part from <see cref="Institutions"/> and
/// <see cref="Residents"/> (Model.State.WorldCodec bytes, exact), the history from
/// <see cref="Records"/>. The same bytes `run --checkpoint-every` writes to a file.</summary>
[GenerateSerializer]
public sealed class ClockSnapshot
{
    [Id(0)] public SessionSpec? Spec { get; set; }
    [Id(1)] public int Week { get; set; }
    [Id(2)] public byte[] Institutions { get; set; } = [];
    [Id(3)] public byte[] Residents { get; set; } = [];
    /// <summary>Weekly records of weeks 0..Week-1 (Model.Output.WeeklyRecordCodec).</summary>
    [Id(4)] public byte[] Records { get; set; } = [];
    [Id(5)] public LeverRecord[] Levers { get; set; } = [];
    /// <summary>The number of the last lever change applied (see <see cref="PendingLevers"/>).</summary>
    [Id(6)] public long LeversAppliedUpTo { get; set; }
    [Id(7)] public bool Running { get; set; }
    [Id(8)] public double Speed { get; set; } = 2;
    [Id(9)] public int Partitions { get; set; } = 1;
    /// <summary>The week after which a running clock pauses by itself (RunUntil), or -1: saved, so a clock
    /// restored on another silo still stops at the event the room is waiting for.</summary>
    [Id(10)] public int PauseAtWeek { get; set; } = -1;
}
