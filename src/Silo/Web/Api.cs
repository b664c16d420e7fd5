using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Config;
using WijkSim.Scenarios;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Web;

/// <summary>The HTTP API of <c>wijksim serve</c>: the clock and the levers of one live session.
/// Bad values get 400 with the field and the reason, in JSON, so a page can show them.</summary>
public static class Api
{
    public sealed record StepRequest(int? Weeks);
    public sealed record SpeedRequest(double? WeeksPerSecond);
    public sealed record LeverRequest(string? Lever, string? Initiative, double? Value, string? Stance, string? Schedule, string? By);

    public static void Map(WebApplication app, IGrainFactory grains, string session, LoadedScenario scenario, ModelConfig config)
    {
        ISimulationGrain Clock() => grains.GetGrain<ISimulationGrain>(session);
        var json = Manifest.Json;
        IResult Ok(object value) => Results.Json(value, json);
        IResult Bad(string field, string error) => Results.Json(new { field, error }, json, statusCode: StatusCodes.Status400BadRequest);

        app.MapGet("/api/state", async () =>
        {
            var state = await Clock().GetState();
            return Ok(new { state, scenario = new { config.Name, scenario.Path, scenario.Sha256 }, levers = LeverValidator.Levers.Keys });
        });
        app.MapGet("/api/records", async (int? from) =>
        {
            var page = await Clock().GetRecords(from ?? 0);
            return Ok(new { page.FromWeek, page.ToWeek, rows = LiveResults.Rows(page).Select(r => ApiRow.From(config, r)) });
        });
        app.MapPost("/api/start", async () => Ok(await Clock().Start()));
        app.MapPost("/api/pause", async () => Ok(await Clock().Pause()));
        app.MapPost("/api/reset", async () => Ok(await Clock().Reset()));
        app.MapPost("/api/step", async (StepRequest? body) =>
        {
            int weeks = body?.Weeks ?? 1;
            if (weeks is < 1 or > 52) return Bad("weeks", $"expected a whole number of weeks from 1 to 52, found {weeks}");
            return Ok(await Clock().Step(weeks));
        });
        app.MapPost("/api/speed", async (SpeedRequest? body) =>
        {
            double? speed = body?.WeeksPerSecond;
            if (speed is not { } s || !double.IsFinite(s) || s < SimulationGrain.MinSpeed || s > SimulationGrain.MaxSpeed)
                return Bad("weeks_per_second", $"expected a speed from {SimulationGrain.MinSpeed} to {SimulationGrain.MaxSpeed} weeks per second, found {speed?.ToString() ?? "nothing"}");
            return Ok(await Clock().SetSpeed(s));
        });
        app.MapPost("/api/levers", async (LeverRequest? body) =>
        {
            if (body?.Lever is null) return Bad("lever", $"expected a JSON body with a 'lever' ({string.Join(", ", LeverValidator.Levers.Keys)})");
            var outcome = await grains.GetGrain<IMunicipalityGrain>(session)
                .ChangeLever(new LeverChange(body.Lever, body.Initiative, body.Value, body.Stance, body.Schedule, body.By ?? "api"));
            return outcome.Accepted is { } accepted ? Ok(accepted) : Bad(outcome.Field ?? "lever", outcome.Error ?? "refused");
        });
        app.MapGet("/api/weekly.csv", async () =>
        {
            var clock = Clock();
            var run = await LiveResults.Fetch(clock, config, (await clock.GetState()).Seed);
            using var buffer = new MemoryStream();
            using (var w = Csv.Create(buffer)) WeeklyCsv.Write(w, run);
            return Results.Bytes(buffer.ToArray(), "text/csv", "weekly.csv");
        });
        app.MapGet("/api/manifest", async () =>
        {
            var clock = Clock();
            var state = await clock.GetState();
            var run = await LiveResults.Fetch(clock, config, state.Seed);
            return Ok(new
            {
                WijksimVersion = Manifest.CodeVersion,
                Scenario = new { scenario.Path, scenario.Sha256, scenario.Files },
                state.Seed,
                Weeks = state.Week,
                Mode = "live",
                Settings = scenario.Settings,
                LeverChanges = await clock.GetLeverLog(),
                Outcomes = state.Week > 0 ? run.Outcomes : [],
                Parameters = config,
            });
        });
    }
}
