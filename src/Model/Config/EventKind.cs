namespace WijkSim.Model.Config;

/// <summary>Kinds of dated scenario events (the <c>type</c> of an event, in snake_case). What each one
/// means, needs, shows and sets is declared once, in <see cref="Levers.EventCatalogue"/>; a new member
/// here without a declaration there stops the program at start-up, naming it.</summary>
public enum EventKind : byte
{
    Shock,
    Campaign,
    Formalise,
    StanceChange,
    SubsidyChange,
    BizVote,
    ReintegrationStop,
    AgendaShift,
    Recognition,
    GroupSplit,
    Intermediary,
    LeaseExtension,
    DecisionLag,
    BenefitSafety,
    Debt,
    Election,
    RoomVote,
    CoDesign,
}
