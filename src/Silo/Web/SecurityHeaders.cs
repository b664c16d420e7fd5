using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WijkSim.Silo.Web;

/// <summary>Headers that keep a browser from misreading or misusing the workshop's answers (issue 16):
/// no content-type sniffing, no framing by another site (clickjacking the facilitator's buttons), no
/// referrer, and on the workshop page a content policy that runs only the server's own scripts. The
/// Orleans Dashboard keeps its own scripts but may not be framed either, and its live log
/// (<c>/orleans/Trace</c>, the server's whole log for anyone) is closed.</summary>
public static class SecurityHeaders
{
    public const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        bool dashboard = path.StartsWithSegments("/orleans", StringComparison.OrdinalIgnoreCase);
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Content-Security-Policy"] = dashboard ? "frame-ancestors 'none'" : PagePolicy;
            return Task.CompletedTask;
        });
        if (dashboard && path.StartsWithSegments("/orleans/Trace", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new { error = "the server's log is not shown on the dashboard; read it on the server's console" });
            return;
        }
        await next(context);
    });
}
