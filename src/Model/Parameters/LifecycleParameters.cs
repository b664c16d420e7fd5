using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/Lifecycle.cs (phase transitions; 000 l.1650-1652, 1728-1733; 004 l.1316-1318).</summary>
public sealed record LifecycleParameters
{
    [Description("active residents an idea needs to become a pioneering initiative (task-group quorum, 004 l.1316-1318)")]
    [Range(1, 10000)] public int Quorum { get; init; } = 4;
    [Description("paid staff at full formalisation, counted as hands towards the quorum (002 l.2238-2241: part of the team is paid)")]
    [Range(0.0, 1000.0)] public double StaffHands { get; init; } = 4;
    [Description("members (passive and active) a pioneer needs to count as growing")]
    [Range(1, 1000000)] public int GrowthMembers { get; init; } = 30;
    [Description("formalisation from which a growing initiative counts as established (so does one whose lease the municipality has renewed) and an organisation as formal")]
    [Range(0.0, 1.0)] public double EstablishedFormalisation { get; init; } = 0.4;
    [Description("weekly chance of falling back into decline when active volunteers drop below the quorum (before continuity)")]
    [Range(0.0, 1.0)] public double FallBackChance { get; init; } = 0.1;
    [Description("active volunteers at which a declining initiative recovers")]
    [Range(1, 1000000)] public int RecoveryActive { get; init; } = 10;
    [Description("weeks in decline after which it ends: an informal group with fewer active than the quorum, any group with negative cash, a formal organisation whose board has decided to stop (which ends sooner, in the week it planned at its decision or the week its cash is gone, Rules/PlannedStop)")]
    [Range(1, 1040)] public int EndAfterWeeks { get; init; } = 26;
    [Description("share of a formal organisation's yearly needs (fixed costs, rent, the staff it asks for) the income it judges must cover (the subsidy at this week's rate, the rest over about a quarter); below it the board decides to stop, plans its end from its cash and the gap (Rules/PlannedStop), and the organisation declines and ends in that week, or sooner when its cash is gone or after end_after_weeks (Jan Eef, 002 l.2293-2296; 'Eind mei is het geld op', Het Parool, March 2017); ASSUMPTION: half")]
    [Range(0.0, 10.0)] public double StableBaseShare { get; init; } = 0.5;
    [Description("weekly weight of the moving average of the income other than the subsidy that the board judges the base on (1/13: about a quarter); ASSUMPTION")]
    [Range(0.001, 1.0)] public double BaseSmoothing { get; init; } = 1.0 / 13.0;
    [Description("weeks ahead within which a vote on a lapsed BIZ's renewal keeps the board waiting (Rules/StableBase.Gone; Jan Eef's renewal came 11 weeks after its first BIZ lapsed, Het Parool, March 2017); ASSUMPTION: half a year, the canvass of weak-canvass-before-vote; a vote further off does not hold a board that its income no longer carries; also how far ahead the board counts a voted BIZ that waits for its term (Rules/BizTerm.JudgedLevy, fifty-sixth round)")]
    [Range(0, 520)] public int RenewalVoteWaitWeeks { get; init; } = 26;
}
