using System.Globalization;
using WijkSim.Model.Config;
using WijkSim.Model.Levers;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Scenarios;

/// <summary>Checks a lever change made while a simulation runs (by a facilitator, the HTTP API or a
/// test) and turns it into the scenario event it stands for, so that a live session can be replayed
/// exactly by adding its lever changes to the scenario as dated events.</summary>
public static class LeverValidator
{
    /// <summary>The levers a facilitator may change, by their names in the API and manifests, in the
    /// page's order (declared in <see cref="EventCatalogue"/>).</summary>
    public static readonly IReadOnlyDictionary<string, EventKind> Levers =
        EventCatalogue.Levers.ToDictionary(d => d.LeverName, d => d.Kind);

    /// <exception cref="LeverError">the change is not valid; the message says why, for the facilitator</exception>
    public static EventConfig ToEvent(ModelConfig config, int week, string lever, string? initiative, double? value,
        string? stance, string? schedule, string label)
    {
        if (!Levers.TryGetValue(lever, out var kind))
        {
            string? guess = KeyNames.DidYouMean(lever, Levers.Keys);
            throw new LeverError("lever", $"unknown lever '{lever}'{(guess is null ? "" : $"; did you mean '{guess}'?")} Levers: {string.Join(", ", Levers.Keys)}",
                "unknown_lever", ("lever", lever));
        }
        var declared = EventCatalogue.Of(kind);
        if (declared.NeedsInitiative)
        {
            var ids = config.Initiatives.Select(i => i.Id).ToList();
            if (initiative is null) throw new LeverError("initiative", $"the '{lever}' lever needs an initiative: one of {string.Join(", ", ids)}", "needs_initiative");
            if (!ids.Contains(initiative)) throw new LeverError("initiative", $"expected one of {string.Join(", ", ids)}, found '{initiative}'", "unknown_initiative", ("found", initiative));
            if (declared.NeedsBiz && config.Initiatives.First(i => i.Id == initiative).Biz is null)
                throw new LeverError("initiative", $"the room can only vote on a BIZ: '{initiative}' has no 'biz' section", "needs_biz", ("found", initiative));
        }
        if (declared.ValueRange is { } range)
        {
            if (value is null && !declared.ValueOptional)
                throw new LeverError("value", $"the '{lever}' lever needs a value between {Text(range.Min)} and {Text(range.Max)}",
                    "needs_value", ("min", Text(range.Min)), ("max", Text(range.Max)));
            if (value is { } v && (!double.IsFinite(v) || v < range.Min || v > range.Max))
                throw new LeverError("value", $"expected a value between {Text(range.Min)} and {Text(range.Max)} for '{lever}', found {Text(v)}",
                    "value_range", ("min", Text(range.Min)), ("max", Text(range.Max)), ("found", Text(v)));
            if (value is { } w && declared.WholeNumber && w != Math.Floor(w))
                throw new LeverError("value", $"expected a whole number for '{lever}' (it counts {declared.Counts}), found {Text(w)}",
                    "whole_number", ("found", Text(w)));
        }
        Stance? parsedStance = null;
        if (declared.NeedsStance)
            parsedStance = stance switch
            {
                "partner" => Stance.Partner,
                "provider" => Stance.Provider,
                _ => throw new LeverError("stance", $"expected partner or provider, found '{stance}'", "stance"),
            };
        SubsidySchedule? parsedSchedule = null;
        if (declared.NeedsSchedule)
        {
            parsedSchedule = Enum.GetValues<SubsidySchedule>().Cast<SubsidySchedule?>()
                .FirstOrDefault(s => KeyNames.ToSnakeCase(s!.Value.ToString()) == schedule)
                ?? throw new LeverError("schedule", $"expected one of fixed, tapering, lifecycle, none, found '{schedule}'", "schedule");
        }
        if (week < 0 || week >= config.Weeks)
            throw new LeverError("week", $"the simulation is at week {week}, outside the horizon of {config.Weeks} weeks", "outside_horizon", ("weeks", Text(config.Weeks)));
        // An election lever schedules the election 'value' weeks ahead; every other lever applies at once.
        int applies = declared.ValueIsWeeksAhead ? week + (int)(value ?? 0) : week;
        if (applies >= config.Weeks)
            throw new LeverError("value", $"an election {applies - week} weeks from week {week} falls after the horizon of {config.Weeks} weeks",
                "election_after_horizon", ("weeks", Text(config.Weeks)));
        return new EventConfig
        {
            Date = config.DateOf(applies), Type = kind, Initiative = declared.NeedsInitiative ? initiative : null,
            Value = declared.ValueRange is null || declared.ValueIsWeeksAhead ? null : value,
            Stance = parsedStance, Schedule = parsedSchedule, Label = label,
        };
    }

    private static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A refused lever change; <see cref="Field"/> names the field the page shows the message next to.
/// The message is English, for logs and the API; <see cref="Code"/> and <see cref="Args"/> let the page
/// say it in the room's language (i18n.js, keys "err_" + code with {name} placeholders).</summary>
public sealed class LeverError(string field, string message, string code, params (string Name, string Value)[] args) : Exception(message)
{
    public string Field { get; } = field;
    public string Code { get; } = code;
    public Dictionary<string, string> Args { get; } = args.ToDictionary(a => a.Name, a => a.Value);
}
