using System.Text.Json.Nodes;
using WijkSim.Model.Levers;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Scenarios;

/// <summary>What an event of each type needs, in JSON Schema terms, from its declaration in
/// <see cref="EventCatalogue"/> (which the loader checks too): date and type always; per type the initiative, the value and its
/// range, the stance or the schedule, or no value at all. An editor then asks for <c>stance</c> as soon
/// as a student types <c>type: stance_change</c>.</summary>
public static class EventSchemaRules
{
    public static void AddTo(JsonObject eventSchema)
    {
        eventSchema["required"] = new JsonArray("date", "type");
        var rules = new JsonArray();
        foreach (var kind in EventCatalogue.All)
        {
            var required = new JsonArray();
            var then = new JsonObject();
            if (kind.NeedsInitiative) required.Add("initiative");
            if (kind.NeedsStance) required.Add("stance");
            if (kind.NeedsSchedule) required.Add("schedule");
            // An election in a scenario file is dated by its date; a value is only for the live lever.
            if (kind.ValueRange is { } range && !kind.ValueIsWeeksAhead)
            {
                if (!kind.ValueOptional) required.Add("value");
                var valueRule = new JsonObject { ["minimum"] = range.Min, ["maximum"] = range.Max };
                if (kind.WholeNumber) valueRule["multipleOf"] = 1;
                then["properties"] = new JsonObject { ["value"] = valueRule };
            }
            else then["not"] = new JsonObject { ["required"] = new JsonArray("value") };
            if (required.Count > 0) then["required"] = required;
            rules.Add(new JsonObject
            {
                ["if"] = new JsonObject
                {
                    ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = kind.Name } },
                    ["required"] = new JsonArray("type"),
                },
                ["then"] = then,
            });
        }
        eventSchema["allOf"] = rules;
    }
}
