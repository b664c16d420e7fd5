using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WijkSim.Silo.Web;

/// <summary>When every silo of the cluster has gone, a grain call fails inside Orleans. The API then
/// answers 503 with <c>{error}</c> saying what to do, instead of a 500 with an empty body (issue 16), and
/// the server's log says it once a minute instead of hundreds of Orleans warnings. Any other failure is
/// a 500 with <c>{error}</c>, never a stack trace.</summary>
public static class ClusterUnavailable
{
    public const string Advice = "no silo of the cluster answers: start one with 'wijksim silo --cluster \"…\"'; " +
        "the session then continues from its last saved week";

    private static long _lastLogged = long.MinValue;

    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            bool unavailable = IsUnavailable(e);
            var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("WijkSim.Serve");
            if (unavailable) LogOncePerMinute(log);
            else log.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new { error = unavailable ? Advice : "the server could not answer this request; its log says why" });
        }
    });

    /// <summary>Orleans' own failures (no gateway, a silo that is gone, a call that timed out) mean the
    /// cluster cannot be reached; everything else is a fault of ours.</summary>
    public static bool IsUnavailable(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is TimeoutException || x.GetType().Namespace?.StartsWith("Orleans", StringComparison.Ordinal) == true) return true;
        return false;
    }

    private static void LogOncePerMinute(ILogger log)
    {
        long now = Environment.TickCount64, last = Interlocked.Read(ref _lastLogged);
        if (now - last < 60_000 || Interlocked.CompareExchange(ref _lastLogged, now, last) != last) return;
        log.LogWarning("{Advice}", Advice);
    }
}
