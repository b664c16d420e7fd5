using WijkSim.Model.Config;
using WijkSim.Model.State;

namespace WijkSim.Model.Levers;

/// <summary>What an event does to the world in the week it applies (phase 1 of the week).</summary>
public delegate void EventEffect(World w, ScheduledEvent e, int week);

/// <summary>What an event's <c>value</c> means; it sets the range, whether it must be whole, the page's
/// step, and the words in error messages.</summary>
public enum ValueKind : byte
{
    /// <summary>The kind takes no value (a reintegration stop, a stance change).</summary>
    None,
    /// <summary>A share or strength from 0 to 1.</summary>
    Fraction,
    /// <summary>Off (0) or on (1); read as on from 0.5.</summary>
    Switch,
    /// <summary>Euros (per year for a subsidy or levy).</summary>
    Euros,
    /// <summary>A whole number of members.</summary>
    Members,
    /// <summary>A whole number of weeks.</summary>
    Weeks,
    /// <summary>A whole number of years.</summary>
    Years,
}

/// <summary>What an event acts on, and so which fields it needs.</summary>
public enum Target : byte
{
    /// <summary>The whole neighbourhood (the municipality's levers): no initiative.</summary>
    World,
    /// <summary>One initiative, named by <c>initiative</c>.</summary>
    Initiative,
    /// <summary>One initiative's BIZ: the initiative must have a <c>biz</c> section.</summary>
    Biz,
}

/// <summary>Everything about one kind of event or lever, in one place (issue 17): its name in YAML and
/// the API, what its value means and may be, the words the workshop page shows, and what it sets. The
/// scenario validator, the JSON Schema, the lever API, the workshop page (api/event-kinds.js), the docs
/// (<c>wijksim schema</c>) and the event step all read it from <see cref="EventCatalogue"/>.</summary>
public sealed record EventDeclaration
{
    public required EventKind Kind { get; init; }
    /// <summary>The type in scenario files and the lever's name in the API: snake_case of <see cref="Kind"/>.</summary>
    public string Name => SnakeCase.Of(Kind.ToString());
    /// <summary>The lever's name in the API, the page and lever logs, if not <see cref="Name"/> (a facilitator
    /// changes "subsidy", which a replay writes as a <c>subsidy_change</c> event).</summary>
    public string? LeverNameIfDifferent { get; init; }
    public string LeverName => LeverNameIfDifferent ?? Name;
    /// <summary>What happens, with its seed line, for the docs and the schema's hover text.</summary>
    public required string About { get; init; }
    public required Target Acts { get; init; }
    public ValueKind Value { get; init; }
    /// <summary>The range of <c>value</c>; by default the range of its <see cref="Value"/> kind.</summary>
    public (double Min, double Max)? Range { get; init; }
    /// <summary>The value may be left out (a subsidy change that keeps its amount).</summary>
    public bool ValueOptional { get; init; }
    /// <summary>As a lever, <c>value</c> is the number of weeks until the event happens (an election),
    /// not its size; in a scenario file the date says when.</summary>
    public bool ValueIsWeeksAhead { get; init; }
    public bool NeedsStance { get; init; }
    public bool NeedsSchedule { get; init; }
    /// <summary>The name of the kind on the timeline and the charts, Dutch and English.</summary>
    public required PlainText Label { get; init; }
    /// <summary>Set for the kinds a facilitator may change live: the lever's name on the page.</summary>
    public PlainText? Lever { get; init; }
    /// <summary>The hint next to the lever's value field.</summary>
    public PlainText? ValueHint { get; init; }
    /// <summary>A symbol from fonts every machine has (no emoji font on a projector PC).</summary>
    public required string Symbol { get; init; }
    /// <summary>The page's − and + step for the value; by default from the <see cref="Value"/> kind.</summary>
    public double? Step { get; init; }
    /// <summary>What the event sets. A neighbourhood-wide lever sets its own slot, <see cref="World.Lever"/>.</summary>
    public required EventEffect Effect { get; init; }
    /// <summary>For a neighbourhood-wide lever: its value at the start, from the scenario's key.</summary>
    public Func<ModelConfig, double>? Start { get; init; }

    public bool IsLever => Lever is not null;
    public bool NeedsInitiative => Acts != Target.World;
    public bool NeedsBiz => Acts == Target.Biz;
    /// <summary>A value that counts members, weeks or years must be whole: 2.5 members per group means nothing.</summary>
    public bool WholeNumber => Value is ValueKind.Members or ValueKind.Weeks or ValueKind.Years;
    /// <summary>The range <c>value</c> must lie in, or null if the kind takes no value.</summary>
    public (double Min, double Max)? ValueRange => Value == ValueKind.None ? null : Range ?? Value switch
    {
        ValueKind.Fraction or ValueKind.Switch => (0.0, 1.0),
        ValueKind.Euros => (0.0, 1e9),
        ValueKind.Weeks => (0.0, 104.0),
        ValueKind.Years => (1.0, 50.0),
        _ => (0.0, 1e6),
    };
    public double ValueStep => Step ?? Value switch
    {
        ValueKind.Fraction => 0.1,
        ValueKind.Euros => 1000,
        _ => 1,
    };
    /// <summary>What a whole value counts, for error messages.</summary>
    public string Counts => Value switch { ValueKind.Members => "members", ValueKind.Years => "years", _ => "weeks" };

}
