namespace WijkSim.Model.State;

/// <summary>A funder's relation with one initiative.</summary>
public struct FunderLink
{
    /// <summary>First week of payment of the running grant, or -1.</summary>
    public int PayFromWeek;
    /// <summary>Week the running grant or sponsorship ends (exclusive), or -1.</summary>
    public int PayUntilWeek;
    public int YearsFunded;
    /// <summary>What the running grant pays a year: the fund's grant, or the part of it its budget had left.</summary>
    public double GrantPerYear;
    public bool Sponsoring;
}
