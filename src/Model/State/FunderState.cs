namespace WijkSim.Model.State;

/// <summary>A funder's budget for the current year.</summary>
public struct FunderState
{
    public int Year;
    public double Committed;
}
