using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WijkSim.Model.Levers;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Web;

/// <summary>The event kinds and levers as the workshop page needs them, from their one declaration
/// (<see cref="EventCatalogue"/>): which fields a lever takes, its range and step, whether its value is
/// whole, its symbol and its Dutch and English words. The page loads <c>api/event-kinds.js</c> before
/// workshop.js, so a lever declared in C# appears in its list with no change to the page.</summary>
public static class EventKindsApi
{
    public static void Map(WebApplication app)
    {
        string json = JsonSerializer.Serialize(Describe(), Manifest.Json);
        app.MapGet("/api/event-kinds", () => Results.Text(json, "application/json"));
        app.MapGet("/api/event-kinds.js", () => Results.Text($"window.WIJKSIM_EVENT_KINDS = {json};\n", "text/javascript"));
    }

    public static IEnumerable<object> Describe() => EventCatalogue.All.Select(d => new
    {
        name = d.Name,
        lever = d.IsLever ? d.LeverName : null,
        fields = Fields(d),
        min = d.ValueRange?.Min,
        max = d.ValueRange?.Max,
        step = d.ValueRange is null ? (double?)null : d.ValueStep,
        whole_number = d.WholeNumber,
        symbol = d.Symbol,
        label = d.Label,
        lever_label = d.Lever,
        value_hint = d.ValueHint,
    });

    /// <summary>The fields of the page's lever form this kind needs, as <see cref="Scenarios.LeverValidator"/> checks them.</summary>
    private static List<string> Fields(EventDeclaration d)
    {
        var fields = new List<string>();
        if (d.NeedsInitiative) fields.Add("initiative");
        if (d.NeedsStance) fields.Add("stance");
        if (d.NeedsSchedule) fields.Add("schedule");
        if (d.ValueRange is not null) fields.Add("value");
        return fields;
    }
}
