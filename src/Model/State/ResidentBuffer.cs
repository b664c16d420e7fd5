namespace WijkSim.Model.State;

/// <summary>One week of residents' changing state, struct-of-arrays. Per-initiative arrays are indexed
/// <c>resident * K + initiative</c>, so one resident's initiatives sit together in memory.</summary>
/// <remarks>The world keeps two of these (week t-1 and week t) and swaps them: rules read only the
/// previous week, which makes the result independent of the order residents are stepped in.</remarks>
public sealed class ResidentBuffer
{
    public ResidentBuffer(int residents, int initiatives)
    {
        int pairs = residents * initiatives;
        Role = new Role[pairs];
        Trust = new double[pairs];
        Hours = new double[pairs];
        Fun = new double[pairs];
        Fatigue = new double[pairs];
        WeeksSinceMember = new byte[pairs];
        Array.Fill(WeeksSinceMember, Kernel.CrisisCohort.Never);
        WorkedWeeks = new ushort[pairs];
        CoOwner = new bool[pairs];
        TrustMunicipality = new double[residents];
        Stage = new EntrepreneurStage[residents];
    }

    public Role[] Role { get; }
    public double[] Trust { get; }
    public double[] Hours { get; }
    public double[] Fun { get; }
    public double[] Fatigue { get; }
    /// <summary>Weeks since she was last a member (passive, active or core), frozen at the initiative's
    /// first money crisis: who was a member in the year before it is of the cohort of earlier users whom the
    /// story checks follow (Kernel/CrisisCohort.cs). An output, read by no rule.</summary>
    public byte[] WeeksSinceMember { get; }
    /// <summary>The weeks of the last quarter she worked (was active or core), one bit each: who counts as the
    /// team (Kernel/TeamHistory.cs). An output, read by no rule.</summary>
    public ushort[] WorkedWeeks { get; }
    /// <summary>She was a member in a week the initiative designed a change with its residents, so the
    /// change is hers (Rules/CoOwnership.cs).</summary>
    public bool[] CoOwner { get; }
    public double[] TrustMunicipality { get; }
    /// <summary>Entrepreneur ladder of each resident (only residents on benefits with the wish climb it).</summary>
    public EntrepreneurStage[] Stage { get; }

    /// <summary>Copies every array of <paramref name="other"/> into this buffer.</summary>
    public void CopyFrom(ResidentBuffer other)
    {
        other.Role.CopyTo(Role, 0);
        other.Trust.CopyTo(Trust, 0);
        other.Hours.CopyTo(Hours, 0);
        other.Fun.CopyTo(Fun, 0);
        other.Fatigue.CopyTo(Fatigue, 0);
        other.WeeksSinceMember.CopyTo(WeeksSinceMember, 0);
        other.WorkedWeeks.CopyTo(WorkedWeeks, 0);
        other.CoOwner.CopyTo(CoOwner, 0);
        other.TrustMunicipality.CopyTo(TrustMunicipality, 0);
        other.Stage.CopyTo(Stage, 0);
    }
}
