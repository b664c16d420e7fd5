namespace WijkSim.Model.Config;

/// <summary>Lifecycle phase of an initiative (model.md; 000 l.1650-1652). Transitions are rules (Rules/Lifecycle.cs).</summary>
public enum Phase : byte
{
    Idea = 0,
    Pioneer = 1,
    Growth = 2,
    Established = 3,
    Decline = 4,
    Ended = 5,
}
