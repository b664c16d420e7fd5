using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace WijkSim.Silo.Web;

/// <summary>A request body that is not JSON, or holds a value of the wrong type, gets the API's usual
/// answer, a 400 with <c>{field, error}</c>, instead of an empty 400 (issue 16): minimal APIs are told to
/// throw on a bad request, and this middleware turns the exception into the answer.</summary>
public static class BadRequestBodies
{
    public static void Configure(IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            string why = e.InnerException is JsonException json
                ? $"the body is not the JSON this endpoint expects{(json.Path is { Length: > 1 } path ? $" (at {path})" : "")}"
                : "the request body could not be read";
            await context.Response.WriteAsJsonAsync(new { field = "body", error = why },
                context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonOptions>>().Value.SerializerOptions);
        }
    });
}
