using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WijkSim.Silo.Web;

/// <summary>Who may change the simulation: whoever holds the facilitator token. <c>serve</c> prints a
/// link with a random token (or uses <c>--facilitator-token</c>); the page sends it as a bearer token.
/// Everyone else watches. This is a workshop convenience on a trusted network, not security against
/// an attacker: the link travels in the clear over plain HTTP.</summary>
public sealed class FacilitatorAccess(string token)
{
    public string Token { get; } = token;

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>True when the request carries the token (header <c>Authorization: Bearer …</c>).</summary>
    public bool IsFacilitator(HttpRequest request) => Presented(request) is { } t && Matches(t);

    private static string? Presented(HttpRequest request)
    {
        string header = request.Headers.Authorization.ToString();
        // The scheme is case-insensitive (RFC 7235 §2.1): "bearer" and "BEARER" are "Bearer".
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(presented), System.Text.Encoding.UTF8.GetBytes(Token));

    /// <summary>401 without a token, 403 with a wrong one; the body says what to do, for the page.</summary>
    public TBuilder Require<TBuilder>(TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var presented = Presented(context.HttpContext.Request);
            if (presented is null)
                return Results.Json(new { field = "token", error = "only the facilitator may change the simulation (no facilitator token was sent)" },
                    statusCode: StatusCodes.Status401Unauthorized);
            if (!Matches(presented))
                return Results.Json(new { field = "token", error = "the facilitator token is wrong; use the link serve printed" },
                    statusCode: StatusCodes.Status403Forbidden);
            return await next(context);
        });
}
