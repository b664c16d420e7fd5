namespace WijkSim.Model.State;

/// <summary>A resident's role towards one initiative; ordered, so "at least passive" is a comparison.</summary>
public enum Role : byte
{
    None = 0,
    Aware = 1,
    Passive = 2,
    Active = 3,
    Core = 4,
}
