using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
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
    /// <summary>The API's bodies are a few short fields; a larger body is refused before it is read.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static void Configure(WebApplicationBuilder builder)
    {
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
    }

    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.Response.WriteAsJsonAsync(new { field = "body", error = $"the body is larger than the API takes ({MaxBodyBytes / 1024} kB)" });
            return;
        }
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = e.StatusCode;
            string why = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"the body is larger than the API takes ({MaxBodyBytes / 1024} kB)"
                : e.InnerException is JsonException json ? $"the body is not the JSON this endpoint expects{(json.Path is { Length: > 1 } path ? $" (at {path})" : "")}"
                : "the request body could not be read";
            await context.Response.WriteAsJsonAsync(new { field = "body", error = why },
                context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonOptions>>().Value.SerializerOptions);
        }
    });
}
