using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Levers;

namespace WijkSim.Scenarios.Loading;

/// <summary>Checks that span several keys: references between initiatives, agreements, funders and
/// events; dates inside the horizon; what each event type needs; sizes that fit together.
/// Single values are checked by <see cref="ConfigBinder"/> from the records' attributes.</summary>
public sealed class ScenarioValidator(Dictionary<string, SourceLocation> locations, SourceLocation fallback)
{
    /// <summary>Events from add_events, checked under their own key paths before they were merged.</summary>
    private readonly HashSet<EventConfig> _added = new(ReferenceEqualityComparer.Instance);

    /// <summary>Applies <c>remove_events</c> and <c>add_events</c>; added events are checked as
    /// <c>add_events[i]</c>, the others keep their own paths.</summary>
    public ModelConfig MergeEvents(ModelConfig c)
    {
        var known = c.Events.Where(e => e.Id is not null).Select(e => e.Id!).ToHashSet();
        for (int r = 0; r < c.RemoveEvents.Count; r++)
            if (!known.Contains(c.RemoveEvents[r]))
            {
                string? guess = KeyNames.DidYouMean(c.RemoveEvents[r], known);
                Fail($"remove_events[{r}]", $"expected the id of an event of the scenario ({string.Join(", ", known)}), found '{c.RemoveEvents[r]}'" + (guess is null ? "" : $"; did you mean '{guess}'?"));
            }
        for (int e = 0; e < c.AddEvents.Count; e++)
        {
            CheckEvent(c, c.AddEvents[e], $"add_events[{e}]", c.Initiatives.Select(i => i.Id).ToHashSet());
            _added.Add(c.AddEvents[e]);
        }
        if (c.RemoveEvents.Count == 0 && c.AddEvents.Count == 0) return c;
        var removed = c.RemoveEvents.ToHashSet();
        return c with { Events = [.. c.Events.Where(e => e.Id is null || !removed.Contains(e.Id)), .. c.AddEvents], RemoveEvents = [], AddEvents = [] };
    }

    public void Validate(ModelConfig c)
    {
        CheckName(c.Name);
        CheckPlainText(c.Title, "title");
        CheckPlainText(c.Story, "story");
        if (c.Initiatives.Count == 0) Fail("initiatives", "expected at least one initiative, found none");
        var ids = UniqueIds(c.Initiatives.Select(i => i.Id).ToList(), "initiatives");
        UniqueIds(c.Funders.Select(f => f.Id).ToList(), "funders");
        if (c.Network.Degree >= c.Population.Residents)
            Fail("network.degree", $"expected fewer ties per resident than residents ({c.Population.Residents}), found {c.Network.Degree}");
        CheckDistributions(c.Population);
        for (int i = 0; i < c.Initiatives.Count; i++) CheckInitiative(c, c.Initiatives[i], $"initiatives[{i}]");
        CheckMunicipality(c, ids);
        for (int f = 0; f < c.Funders.Count; f++) CheckFunder(c, c.Funders[f], $"funders[{f}]");
        for (int e = 0; e < c.Events.Count; e++)
            if (!_added.Contains(c.Events[e])) CheckEvent(c, c.Events[e], $"events[{e}]", ids);
    }

    /// <summary>The name becomes a folder name (runs/NAME-SEED), so it may not climb out of runs/ or name
    /// another place: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 80.</summary>
    private void CheckName(string name)
    {
        bool safe = name.Length is > 0 and <= 80 && char.IsAsciiLetterOrDigit(name[0])
            && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-');
        if (!safe)
        {
            string shown = new string(name.Take(80).Select(ch => char.IsControl(ch) ? '?' : ch).ToArray());
            Fail("name", $"expected a short name of letters, digits, '.', '_' and '-' that starts with a letter or digit (it names the output folder), found '{shown}'");
        }
    }

    private HashSet<string> UniqueIds(List<string> ids, string list)
    {
        var seen = new HashSet<string>();
        for (int i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(ids[i])) Fail($"{list}[{i}].id", "expected a short identifier, found nothing");
            if (!seen.Add(ids[i])) Fail($"{list}[{i}].id", $"expected a unique identifier, found '{ids[i]}' a second time");
        }
        return seen;
    }

    private void CheckDistributions(PopulationConfig p)
    {
        foreach (var (name, d) in new[] { ("civic_motivation", p.CivicMotivation), ("time_budget_hours", p.TimeBudgetHours),
                     ("sociability", p.Sociability), ("past_collaboration", p.PastCollaboration), ("past_institutions", p.PastInstitutions) })
            if (d.Min > d.Max) Fail($"population.{name}.min", $"expected min at most max ({d.Max}), found {d.Min}");
    }

    private void CheckInitiative(ModelConfig c, InitiativeConfig ini, string path)
    {
        int reach = Reach.Count(c.Population.Residents, ini.Reach.Share);
        if (reach < 1) Fail($"{path}.reach.share", $"expected a reach of at least one resident, but {ini.Reach.Share} of {c.Population.Residents} residents is none");
        if (ini.Founders + ini.Supporters > reach)
            Fail($"{path}.founders", $"expected founders plus supporters ({ini.Founders} + {ini.Supporters}) to fit in the reach of {reach} residents");
    }

    private void CheckMunicipality(ModelConfig c, HashSet<string> ids)
    {
        var m = c.Municipality;
        for (int e = 0; e < m.Elections.Count; e++) CheckDate(c, m.Elections[e], $"municipality.elections[{e}]");
        var seen = new HashSet<string>();
        for (int a = 0; a < m.Agreements.Count; a++)
        {
            string path = $"municipality.agreements[{a}].initiative";
            CheckReference(m.Agreements[a].Initiative, ids, path, "initiative");
            if (!seen.Add(m.Agreements[a].Initiative))
                Fail(path, $"expected one agreement per initiative, found a second one for '{m.Agreements[a].Initiative}'");
        }
    }

    private void CheckFunder(ModelConfig c, FunderConfig f, string path)
    {
        if (f.ActiveFrom is { } from) CheckDate(c, from, $"{path}.active_from");
    }

    private void CheckEvent(ModelConfig c, EventConfig e, string path, HashSet<string> ids)
    {
        if (!locations.ContainsKey($"{path}.date")) Fail(path, "expected a 'date' (yyyy-mm-dd), found none");
        if (!locations.ContainsKey($"{path}.type")) Fail(path, "expected a 'type' (shock, campaign, formalise, ...), found none");
        CheckDate(c, e.Date, $"{path}.date");
        CheckPlainText(e.Caption, $"{path}.caption");
        var kind = EventCatalogue.Of(e.Type);
        string type = kind.Name;
        if (kind.NeedsInitiative)
        {
            if (e.Initiative is null) Fail(path, $"a '{type}' event needs the key 'initiative' naming one of: {string.Join(", ", ids)}");
            CheckReference(e.Initiative!, ids, $"{path}.initiative", "initiative");
            if (kind.NeedsBiz && c.Initiatives.First(i => i.Id == e.Initiative).Biz is null)
                Fail($"{path}.initiative", $"a '{type}' event needs the initiative '{e.Initiative}' to have a 'biz' section");
        }
        if (kind.ValueIsWeeksAhead && e.Value is not null)
            Fail($"{path}.value", $"an '{type}' event in a scenario takes no value: its date says when (a value is only for the live lever, as weeks ahead)");
        if (kind.ValueRange is { } range)
        {
            if (e.Value is null && !kind.ValueOptional)
                Fail(path, $"a '{type}' event needs the key 'value', a number between {range.Min} and {range.Max}");
            if (e.Value is { } v && (v < range.Min || v > range.Max))
                Fail($"{path}.value", $"expected a number between {range.Min} and {range.Max} for a '{type}' event, found {v}");
            if (e.Value is { } w && kind.WholeNumber && w != Math.Floor(w))
                Fail($"{path}.value", $"expected a whole number for a '{type}' event, found {w}");
        }
        else if (e.Value is not null) Fail($"{path}.value", $"a '{type}' event takes no value; remove the key");
        if (kind.NeedsStance && e.Stance is null) Fail(path, $"a '{type}' event needs the key 'stance' (partner or provider)");
        if (kind.NeedsSchedule && e.Schedule is null) Fail(path, $"a '{type}' event needs the key 'schedule' (fixed, tapering, lifecycle or none)");
        if (e.TermFrom is { } from) CheckTermFrom(c, e, from, $"{path}.term_from", type);
    }

    /// <summary>A BIZ's term may start after its vote, on a first BIZ only: a renewal starts when the running one ends
    /// (Rules/BizTerm), so a date there would be read by nothing.</summary>
    private void CheckTermFrom(ModelConfig c, EventConfig e, DateOnly from, string path, string type)
    {
        if (e.Type != EventKind.BizVote) Fail(path, $"only a 'biz_vote' event takes 'term_from' (when its BIZ starts), found it on a '{type}' event; remove the key");
        CheckDate(c, from, path);
        if (from < e.Date) Fail(path, $"expected a date on or after the vote ({e.Date:yyyy-MM-dd}): a BIZ cannot start before it is voted, found {from:yyyy-MM-dd}");
        if (c.Events.Any(o => o.Type == EventKind.BizVote && o.Initiative == e.Initiative && o.Date < e.Date))
            Fail(path, $"only an initiative's first 'biz_vote' takes 'term_from': a later one renews the BIZ from the day the running one ends; '{e.Initiative}' has a vote before {e.Date:yyyy-MM-dd}");
    }

    /// <summary>Dutch first: a text for the room must have its Dutch words.</summary>
    private void CheckPlainText(PlainText? text, string path)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text.Nl))
            Fail(locations.ContainsKey($"{path}.nl") ? $"{path}.nl" : path, "expected the Dutch text under 'nl' (the workshop room reads Dutch first; 'en' is optional), found none");
    }

    private void CheckDate(ModelConfig c, DateOnly date, string path)
    {
        var end = c.DateOf(c.Weeks);
        if (date < c.Start || date >= end)
            Fail(path, $"expected a date inside the horizon, from {c.Start:yyyy-MM-dd} up to {end.AddDays(-1):yyyy-MM-dd} ({c.Weeks} weeks), found {date:yyyy-MM-dd}");
    }

    private void CheckReference(string id, HashSet<string> ids, string path, string what)
    {
        if (ids.Contains(id)) return;
        string? guess = KeyNames.DidYouMean(id, ids);
        Fail(path, $"expected the id of an existing {what} ({string.Join(", ", ids)}), found '{id}'" + (guess is null ? "" : $"; did you mean '{guess}'?"));
    }

    private void Fail(string path, string problem) =>
        throw new ScenarioError(locations.TryGetValue(path, out var at) ? at : Parent(path), path, problem);

    /// <summary>For a key that is missing, point at the nearest enclosing key that exists.</summary>
    private SourceLocation Parent(string path)
    {
        for (string p = path; p.Length > 0;)
        {
            int cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            p = cut > 0 ? p[..cut] : "";
            if (locations.TryGetValue(p, out var at)) return at;
        }
        return fallback;
    }
}
