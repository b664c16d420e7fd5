using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Loading;
using WijkSim.Silo.Output;
using static WijkSim.Silo.Web.ApiAnswers;

namespace WijkSim.Silo.Web;

/// <summary>What the workshop page needs besides the clock and the levers: the live feed, the network,
/// the scenario folder, the comparison run and the session zip.</summary>
public static class WorkshopApi
{
    public sealed record LoadRequest(string? File, long? Seed);

    public static void Map(WebApplication app, WorkshopState workshop, WorkshopFeed feed, FacilitatorAccess facilitator)
    {
        var json = Manifest.Json;

        // Server-sent events: a snapshot, then one message per change, the same for every viewer.
        app.MapGet("/api/stream", async (HttpContext context) =>
        {
            context.Response.Headers.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-cache";
            context.Response.Headers["X-Accel-Buffering"] = "no";
            var (id, messages) = await feed.Subscribe();
            try
            {
                await foreach (var message in messages.ReadAllAsync(context.RequestAborted))
                {
                    await context.Response.WriteAsync($"data: {message}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException) { } // the viewer closed the page
            finally
            {
                feed.Unsubscribe(id);
            }
        });
        app.MapGet("/api/viewers", () => Ok(new { viewers = feed.Viewers }));
        app.MapGet("/api/network", async () => Ok(await workshop.Clock(workshop.Main).GetNetwork()));
        app.MapGet("/api/scenarios", () => Ok(new { folder = Path.GetFileName(workshop.ScenarioFolder.TrimEnd(Path.DirectorySeparatorChar)), files = workshop.ScenarioFiles(), current = Path.GetFileName(workshop.Main.Scenario.Path) }));
        facilitator.Require(app.MapPost("/api/scenario", async (LoadRequest? body) =>
        {
            if (body?.File is not { } file || !workshop.ScenarioFiles().Contains(file))
                return Bad("file", $"expected one of the scenario files in the server's folder: {string.Join(", ", workshop.ScenarioFiles())}");
            if (body.Seed is < 0) return Bad("seed", $"expected a whole number of at least 0, found {body.Seed}");
            try
            {
                string path = Path.Combine(workshop.ScenarioFolder, file);
                if (!ScenarioFolderGuard.Inside(workshop.ScenarioFolder, path))
                    return Bad("file", $"'{file}' resolves outside the server's scenario folder; only files inside it are served");
                var loaded = ScenarioLoader.Load(path);
                if (loaded.Files.FirstOrDefault(f => !ScenarioFolderGuard.Inside(workshop.ScenarioFolder, f)) is { } outside)
                    return Bad("file", $"'{file}' extends a file outside the server's scenario folder ({Path.GetFileName(outside)}); only files inside it are served");
                await workshop.Load(loaded, (ulong)(body.Seed ?? loaded.Config.Seed));
                return Ok(await workshop.Clock(workshop.Main).GetState());
            }
            catch (ScenarioError e)
            {
                return Bad("file", e.Message);
            }
        }));
        facilitator.Require(app.MapPost("/api/fork", async () =>
        {
            var fork = await workshop.StartFork();
            return Ok(new { fork = fork.Id, week = fork.ForkedAtWeek });
        }));
        facilitator.Require(app.MapDelete("/api/fork", async () =>
        {
            await workshop.DropFork();
            return Ok(new { fork = (string?)null });
        }));
        // Earlier sessions: every run replaced by a reset, a load or a comparison, as a zip (issue 15).
        app.MapGet("/api/sessions", () => Ok(new
        {
            sessions = workshop.Archive.All().Select(e => new
            {
                e.Number, e.Scenario, e.Seed, e.Week, e.ForkedAtWeek, e.LeverChanges, e.Reason, e.SavedAt,
                Url = $"api/sessions/{e.Number}.zip",
            }),
        }));
        app.MapGet("/api/sessions/{number:int}.zip", (int number) =>
            workshop.Archive.Find(number) is { } e
                ? Results.File(e.Zip, "application/zip", $"wijksim-{Path.GetFileNameWithoutExtension(e.Scenario)}-session{e.Number}-week{e.Week}.zip")
                : Results.Json(new { field = "number", error = $"no earlier session {number}; there are {workshop.Archive.All().Count}" }, json, statusCode: StatusCodes.Status404NotFound));
        app.MapGet("/api/session.zip", async () =>
            Results.File(await SessionFiles.Zip(workshop), "application/zip", $"wijksim-{workshop.Main.Config.Name}-week{(await workshop.Clock(workshop.Main).GetState()).Week}.zip"));
    }
}
