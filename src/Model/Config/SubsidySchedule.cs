namespace WijkSim.Model.Config;

/// <summary>How the municipality sets the yearly subsidy amount (mechanism 8, subsidy rhythm).</summary>
public enum SubsidySchedule : byte
{
    /// <summary>No subsidy.</summary>
    None = 0,
    /// <summary>The same amount every year.</summary>
    Fixed = 1,
    /// <summary>Lowered by a share each year 'as an incentive for independence' (002 l.2370-2375).</summary>
    Tapering = 2,
    /// <summary>Follows the initiative's phase and bridges crises (002 l.2396-2406, 001 l.~105).</summary>
    Lifecycle = 3,
}
