using WijkSim.Model.Config;

namespace WijkSim.Model.Levers;

/// <summary>Every kind of scenario event, and which of them a facilitator may change as a lever, declared
/// once. The order is the order of the workshop page's lever list and of the docs.
///
/// To add a neighbourhood-wide lever (docs/students.md, exercise 3): a member of <see cref="EventKind"/>,
/// its declaration here with <c>Effect = EventEffects.SetLever</c> and a <c>Start</c>, the scenario key
/// its start value comes from, and the line in a rule that reads it with <c>w.Lever(EventKind.X)</c>.</summary>
public static class EventCatalogue
{
    private static readonly PlainText Strength = new() { Nl = "Sterkte (0–1)", En = "Strength (0–1)" };
    private static readonly PlainText OnOff = new() { Nl = "Aan (1) of uit (0)", En = "On (1) or off (0)" };

    public static readonly IReadOnlyList<EventDeclaration> All =
    [
        // ---- the levers, in the order of the workshop page's list
        new()
        {
            Kind = EventKind.StanceChange, LeverNameIfDifferent = "stance", Acts = Target.Initiative, NeedsStance = true, Symbol = "⇄",
            About = "the municipality changes its stance towards the initiative to `stance` (partner or provider)",
            Label = new() { Nl = "Houding gemeente", En = "Municipality's stance" },
            Lever = new() { Nl = "Houding van de gemeente", En = "Municipality's stance" },
            Effect = EventEffects.StanceChange,
        },
        new()
        {
            Kind = EventKind.SubsidyChange, LeverNameIfDifferent = "subsidy", Acts = Target.Initiative, NeedsSchedule = true, Value = ValueKind.Euros, ValueOptional = true, Symbol = "€",
            About = "the municipality changes the subsidy: `schedule` and, if given, the amount per year `value`",
            Label = new() { Nl = "Subsidiebesluit", En = "Subsidy decision" },
            Lever = new() { Nl = "Subsidie (ritme en bedrag)", En = "Subsidy (schedule and amount)" },
            ValueHint = new() { Nl = "Bedrag per jaar (€, leeg = huidig)", En = "Amount per year (€, empty = keep)" },
            Effect = EventEffects.SubsidyChange,
        },
        new()
        {
            Kind = EventKind.DecisionLag, Acts = Target.Initiative, Value = ValueKind.Weeks, Symbol = "◷",
            About = "the municipality's decision lag for the initiative becomes `value` weeks",
            Label = new() { Nl = "Beslistermijn", En = "Decision lag" },
            Lever = new() { Nl = "Beslistermijn", En = "Decision lag" },
            ValueHint = new() { Nl = "Weken (0–104)", En = "Weeks (0–104)" },
            Effect = EventEffects.DecisionLag,
        },
        new()
        {
            Kind = EventKind.Election, Acts = Target.World, Value = ValueKind.Weeks, Range = (0, 520), ValueOptional = true, ValueIsWeeksAhead = true, Symbol = "☑",
            About = "a municipal election is held this week (in addition to `municipality.elections`); as a lever, `value` is the number of weeks until it (default 0: next week)",
            Label = new() { Nl = "Gemeenteraadsverkiezingen", En = "Municipal elections" },
            Lever = new() { Nl = "Volgende verkiezingen", En = "Next election" },
            ValueHint = new() { Nl = "Over hoeveel weken (0–520)", En = "Weeks from now (0–520)" },
            Effect = EventEffects.Election,
        },
        new()
        {
            Kind = EventKind.GroupSplit, Acts = Target.Initiative, Value = ValueKind.Members, Range = (2, 100000), Symbol = "✂",
            About = "the initiative splits into sub-groups of at most `value` active members",
            Label = new() { Nl = "Groepen gesplitst", En = "Groups split" },
            Lever = new() { Nl = "Groepen splitsen vanaf", En = "Split groups from" },
            ValueHint = new() { Nl = "Leden per groep (2 of meer)", En = "Members per group (2 or more)" },
            Effect = EventEffects.GroupSplit,
        },
        new()
        {
            Kind = EventKind.Intermediary, Acts = Target.World, Value = ValueKind.Switch, Symbol = "⚭",
            About = "a trusted intermediary starts (`value` 1) or stops (`value` 0) working (001 l.84-95)",
            Label = new() { Nl = "Tussenpersoon", En = "Intermediary" },
            Lever = new() { Nl = "Vertrouwde tussenpersoon", En = "Trusted intermediary" },
            ValueHint = OnOff,
            Effect = EventEffects.SetLever,
            Start = c => c.Municipality.Intermediary ? 1 : 0,
        },
        new()
        {
            Kind = EventKind.Recognition, Acts = Target.Initiative, Value = ValueKind.Fraction, Symbol = "★",
            About = "the initiative starts recognising supporters (certificates) at level `value`",
            Label = new() { Nl = "Erkenning", En = "Recognition" },
            Lever = new() { Nl = "Erkenning (certificaten)", En = "Recognition (certificates)" },
            ValueHint = Strength,
            Effect = EventEffects.Recognition,
        },
        new()
        {
            Kind = EventKind.BenefitSafety, Acts = Target.World, Value = ValueKind.Switch, Symbol = "☂",
            About = "residents on benefits may (`value` 1) or may not (0) keep their benefit while starting a business (000 l.1004-1016; 001 l.64)",
            Label = new() { Nl = "Uitkering veilig", En = "Benefit safe" },
            Lever = new() { Nl = "Uitkering blijft veilig", En = "Benefit stays safe" },
            ValueHint = OnOff,
            Effect = EventEffects.SetLever,
            Start = c => c.Municipality.BenefitSafety ? 1 : 0,
        },
        new()
        {
            Kind = EventKind.RoomVote, Acts = Target.Biz, Value = ValueKind.Fraction, Symbol = "☝",
            About = "the workshop room votes as the shopkeepers: `value` (0..1) is the yes-share the initiative's next BIZ vote takes (a poll on the workshop page)",
            Label = new() { Nl = "De zaal stemt", En = "The room votes" },
            Lever = new() { Nl = "De zaal stemt over de BIZ", En = "The room votes on the BIZ" },
            ValueHint = new() { Nl = "Aandeel voor (0–1)", En = "Share in favour (0–1)" },
            Effect = EventEffects.RoomVote,
        },
        // ---- events only a scenario file schedules
        new()
        {
            Kind = EventKind.Shock, Acts = Target.Initiative, Value = ValueKind.Fraction, Symbol = "⚠",
            About = "a shock raises urgency by `value` (Jan Eef: the murder of a jeweller, 2010-10-07)",
            Label = new() { Nl = "Schok", En = "Shock" },
            Effect = EventEffects.Shock,
        },
        new()
        {
            Kind = EventKind.Campaign, Acts = Target.Initiative, Value = ValueKind.Fraction, Symbol = "⚑",
            About = "a campaign or event (pop-up day, petition, open day) converts passive support to active with strength `value`",
            Label = new() { Nl = "Actie of evenement", En = "Campaign or event" },
            Effect = EventEffects.Campaign,
        },
        new()
        {
            Kind = EventKind.CoDesign, Acts = Target.Initiative, Value = ValueKind.Fraction, Symbol = "✎",
            About = "the initiative designs a change together with its residents (the Voedseltuin's redesign with its neighbours): a campaign of strength `value`, and whoever is a member that week becomes a co-owner who keeps its pull as a supporter",
            Label = new() { Nl = "Samen ontwerpen", En = "Co-design" },
            Effect = EventEffects.CoDesign,
        },
        new()
        {
            Kind = EventKind.Formalise, Acts = Target.Initiative, Value = ValueKind.Fraction, Symbol = "▣",
            About = "the initiative formalises (association, board, paid staff) towards level `value`",
            Label = new() { Nl = "Formalisering", En = "Formalisation" },
            Effect = EventEffects.Formalise,
        },
        new()
        {
            Kind = EventKind.BizVote, Acts = Target.Biz, Value = ValueKind.Euros, Range = (0, 1e6), ValueOptional = true, Symbol = "✓",
            About = "shopkeepers in reach vote on a (new or renewed) BIZ; `value`, if given, is the levy per year it proposes; `term_from`, on the first vote only, the date its term starts",
            Label = new() { Nl = "BIZ-stemming", En = "BIZ vote" },
            Effect = EventEffects.BizVote,
        },
        new()
        {
            Kind = EventKind.ReintegrationStop, Acts = Target.Initiative, Symbol = "■",
            About = "the re-integration programme stops",
            Label = new() { Nl = "Re-integratie stopt", En = "Re-integration stops" },
            Effect = EventEffects.ReintegrationStop,
        },
        new()
        {
            Kind = EventKind.AgendaShift, Acts = Target.Initiative, Value = ValueKind.Fraction, Symbol = "➔",
            About = "the municipality's policy agenda shifts: the initiative's agenda alignment becomes `value`",
            Label = new() { Nl = "Nieuwe beleidsagenda", En = "New policy agenda" },
            Effect = EventEffects.AgendaShift,
        },
        new()
        {
            Kind = EventKind.LeaseExtension, Acts = Target.Initiative, Value = ValueKind.Years, Symbol = "⌂",
            About = "the municipality grants a lease extension of `value` years (e.g. after a redesign, Voedseltuin 2015)",
            Label = new() { Nl = "Huur verlengd", En = "Lease extended" },
            Effect = EventEffects.LeaseExtension,
        },
        new()
        {
            Kind = EventKind.Debt, Acts = Target.Initiative, Value = ValueKind.Euros, Symbol = "✗",
            About = "a debt of `value` euros comes to light (De Ketel end 2017: the cooperative's finances fail, 002 l.1955-1960)",
            Label = new() { Nl = "Schuld", En = "Debt" },
            Effect = EventEffects.Debt,
        },
    ];

    private static readonly EventDeclaration[] ByKind = Index();

    /// <summary>The declaration of a kind of event.</summary>
    public static EventDeclaration Of(EventKind kind) => ByKind[(int)kind];

    /// <summary>The kinds a facilitator may change live, in the page's order.</summary>
    public static IEnumerable<EventDeclaration> Levers => All.Where(d => d.IsLever);

    /// <summary>Neighbourhood-wide levers: their value lives in the world's lever slot.</summary>
    public static IEnumerable<EventDeclaration> WorldLevers => All.Where(d => d.Start is not null);

    private static EventDeclaration[] Index()
    {
        var kinds = Enum.GetValues<EventKind>();
        var index = new EventDeclaration[kinds.Length];
        foreach (var d in All)
        {
            if (index[(int)d.Kind] is not null) throw new InvalidOperationException($"event kind {d.Kind} is declared twice in EventCatalogue");
            index[(int)d.Kind] = d;
        }
        foreach (var kind in kinds)
            if (index[(int)kind] is null) throw new InvalidOperationException($"event kind {kind} has no declaration in EventCatalogue");
        return index;
    }
}
