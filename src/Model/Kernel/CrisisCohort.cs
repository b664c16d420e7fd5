namespace WijkSim.Model.Kernel;

/// <summary>Who counts as one of an initiative's earlier users after its first money crisis: those who
/// were members (passive, active or core) in the year before it. An output, read by no rule.</summary>
/// <remarks>De Ketel's users "vertrekken een-voor-een" in 2018 (002 l.2072-2074) and the hope of 2019 is
/// "voor een aantal huurders" (l.2111-2116): the users the building had just before the crisis of late
/// 2017, not everyone who was ever a member since the scenario began. ASSUMPTION: "just before" is
/// <see cref="Weeks"/>, one year. Each resident-initiative pair keeps the weeks since she was last a
/// member, saturating at 255 (one byte, as the flag it replaced), frozen from the crisis on.</remarks>
public static class CrisisCohort
{
    /// <summary>A member in one of the last this-many weeks before the first crisis is of the cohort.</summary>
    public const int Weeks = 52;

    /// <summary>The value of a pair nobody has counted yet: "never a member".</summary>
    public const byte Never = byte.MaxValue;

    /// <summary>Next week's count: 0 for a member, one more otherwise; unchanged once the crisis closed it.</summary>
    public static byte Next(byte weeksSinceMember, bool closed, bool member) =>
        closed ? weeksSinceMember : member ? (byte)0 : weeksSinceMember == Never ? Never : (byte)(weeksSinceMember + 1);

    /// <summary>She is of the cohort: a member within <see cref="Weeks"/> weeks before the count was frozen.</summary>
    public static bool InCohort(byte weeksSinceMember) => weeksSinceMember < Weeks;
}
