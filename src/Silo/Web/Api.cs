using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Scenarios;
using WijkSim.Silo.Output;
using static WijkSim.Silo.Web.ApiAnswers;

namespace WijkSim.Silo.Web;

/// <summary>The HTTP API of <c>wijksim serve</c>: the clock and the levers of the workshop's session.
/// Reading is open to everyone; changing needs the facilitator token (401 without, 403 wrong). Bad
/// values get 400 with the field and the reason, in JSON, so the page shows them next to the field.</summary>
public static class Api
{
    public sealed record StepRequest(int? Weeks);
    public sealed record RunUntilRequest(int? Week);
    /// <summary>The page and the API's error both say weeks_per_second, the name is pinned to match.</summary>
    public sealed record SpeedRequest([property: System.Text.Json.Serialization.JsonPropertyName("weeks_per_second")] double? WeeksPerSecond);
    /// <param name="Run">"fork" to change the comparison run; the main run otherwise</param>
    public sealed record LeverRequest(string? Lever, string? Initiative, double? Value, string? Stance, string? Schedule, string? By, string? Run);

    public static void Map(WebApplication app, IGrainFactory grains, WorkshopState workshop, FacilitatorAccess facilitator)
    {
        ISimulationGrain Clock() => workshop.Clock(workshop.Main);

        app.MapGet("/api/state", async (HttpRequest request) =>
        {
            var main = workshop.Main;
            var state = await Clock().GetState();
            return Ok(new
            {
                state,
                scenario = new { main.Config.Name, Path = Path.GetFileName(main.Scenario.Path), main.Scenario.Sha256 }, // no server paths in answers
                levers = LeverValidator.Levers.Keys,
                facilitator = facilitator.IsFacilitator(request),
                fork = workshop.Fork?.Id,
            });
        });
        app.MapGet("/api/records", async (int? from, string? run) =>
        {
            var session = run == "fork" && workshop.Fork is { } fork ? fork : workshop.Main;
            var page = await workshop.Clock(session).GetRecords(from ?? 0);
            return Ok(new { page.FromWeek, page.ToWeek, rows = LiveResults.Rows(page).Select(r => ApiRow.From(session.Config, r)) });
        });
        facilitator.Require(app.MapPost("/api/start", async () => Ok(await Clock().Start())));
        facilitator.Require(app.MapPost("/api/pause", async () => Ok(await Clock().Pause())));
        facilitator.Require(app.MapPost("/api/reset", async () => Ok(await workshop.Reset())));
        facilitator.Require(app.MapPost("/api/step", async (StepRequest? body) =>
        {
            int weeks = body?.Weeks ?? 1;
            if (weeks is < 1 or > 52) return Bad("weeks", $"expected a whole number of weeks from 1 to 52, found {weeks}");
            return Ok(await Clock().Step(weeks));
        }));
        facilitator.Require(app.MapPost("/api/run-until", async (RunUntilRequest? body) =>
        {
            var state = await Clock().GetState();
            if (body?.Week is not { } week || week <= state.Week || week > state.Horizon)
                return Bad("week", $"expected a week after the current week {state.Week} and at most {state.Horizon}, found {body?.Week?.ToString() ?? "nothing"}");
            return Ok(await Clock().RunUntil(week));
        }));
        facilitator.Require(app.MapPost("/api/speed", async (SpeedRequest? body) =>
        {
            double? speed = body?.WeeksPerSecond;
            if (speed is not { } s || !double.IsFinite(s) || s < SimulationGrain.MinSpeed || s > SimulationGrain.MaxSpeed)
                return Bad("weeks_per_second", $"expected a speed from {SimulationGrain.MinSpeed} to {SimulationGrain.MaxSpeed} weeks per second, found {speed?.ToString() ?? "nothing"}");
            return Ok(await Clock().SetSpeed(s));
        }));
        facilitator.Require(app.MapPost("/api/levers", async (LeverRequest? body) =>
        {
            if (body?.Lever is null) return Bad("lever", $"expected a JSON body with a 'lever' ({string.Join(", ", LeverValidator.Levers.Keys)})");
            // Every text is copied into the lever log and every live snapshot: a short name, not a document.
            foreach (var (field, text) in new[] { ("lever", body.Lever), ("initiative", body.Initiative), ("stance", body.Stance), ("schedule", body.Schedule), ("by", body.By), ("run", body.Run) })
                if (text is { Length: > 80 }) return Bad(field, $"expected at most 80 characters, found {text.Length}");
            if (body.Run == "fork" && workshop.Fork is null) return Bad("run", "there is no comparison run: fork the session first");
            var session = body.Run == "fork" ? workshop.Fork! : workshop.Main;
            var outcome = await grains.GetGrain<IMunicipalityGrain>(session.Id)
                .ChangeLever(new LeverChange(body.Lever, body.Initiative, body.Value, body.Stance, body.Schedule, body.By ?? "facilitator"));
            // The code and its values let the page say the reason in Dutch (LeverError).
            return outcome.Accepted is { } accepted ? Ok(accepted) : Bad(outcome.Field ?? "lever", outcome.Error ?? "refused", outcome.Code, outcome.Args);
        }));
        app.MapGet("/api/weekly.csv", async () => Results.Bytes(await SessionFiles.WeeklyCsv(workshop, workshop.Main), "text/csv", "weekly.csv"));
        app.MapGet("/api/manifest", async () => Ok(await SessionFiles.Manifest(workshop, workshop.Main)));
    }
}
