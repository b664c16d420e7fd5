namespace WijkSim.Model.Config;

/// <summary>How the municipality relates to an initiative (Jan Eef, 002 l.2358-2375; 003 l.599-720).</summary>
public enum Stance : byte
{
    /// <summary>Attentive, co-creating, short decision lag, bridges crises.</summary>
    Partner = 0,
    /// <summary>Distance, conditions, long decision lag.</summary>
    Provider = 1,
}
