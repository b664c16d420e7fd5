namespace WijkSim.Model.Config;

/// <summary>Kinds of dated scenario events. What each needs is in <see cref="EventRequirements"/>.</summary>
public enum EventKind : byte
{
    /// <summary>A shock raises urgency by <c>value</c> (Jan Eef: the murder of a jeweller, 2010-10-07).</summary>
    Shock,
    /// <summary>A campaign or event (pop-up day, petition, open day) converts passive support to active with strength <c>value</c>.</summary>
    Campaign,
    /// <summary>The initiative formalises (association, board, paid staff) towards level <c>value</c>.</summary>
    Formalise,
    /// <summary>The municipality changes its stance towards the initiative to <c>stance</c>.</summary>
    StanceChange,
    /// <summary>The municipality changes the subsidy: <c>schedule</c> and, if given, the amount per year <c>value</c>.</summary>
    SubsidyChange,
    /// <summary>Shopkeepers in reach vote on a (new or renewed) BIZ; <c>value</c>, if given, is the levy per year it proposes.</summary>
    BizVote,
    /// <summary>The re-integration programme stops.</summary>
    ReintegrationStop,
    /// <summary>The municipality's policy agenda shifts: the initiative's agenda alignment becomes <c>value</c>.</summary>
    AgendaShift,
    /// <summary>The initiative starts recognising supporters (certificates) at level <c>value</c>.</summary>
    Recognition,
    /// <summary>The initiative splits into sub-groups of at most <c>value</c> active members.</summary>
    GroupSplit,
    /// <summary>A trusted intermediary starts (<c>value</c> 1) or stops (<c>value</c> 0) working.</summary>
    Intermediary,
    /// <summary>The municipality grants a lease extension of <c>value</c> years (e.g. after a redesign, Voedseltuin 2015).</summary>
    LeaseExtension,
    /// <summary>The municipality's decision lag for the initiative becomes <c>value</c> weeks.</summary>
    DecisionLag,
    /// <summary>Residents on benefits may (<c>value</c> 1) or may not (0) keep their benefit while starting a business.</summary>
    BenefitSafety,
    /// <summary>A debt of <c>value</c> euros comes to light (De Ketel end 2017: the cooperative's finances fail, 002 l.1955-1960).</summary>
    Debt,
    /// <summary>A municipal election is held this week (in addition to the calendar in <c>municipality.elections</c>).
    /// As a lever, <c>value</c> is the number of weeks from now until the election (default 0: next week).</summary>
    Election,
    /// <summary>The workshop room votes as the shopkeepers: <c>value</c> (0..1) is the yes-share the initiative's
    /// next BIZ vote takes instead of drawing each shopkeeper's vote (a poll on the workshop page, issue 15).</summary>
    RoomVote,
}
