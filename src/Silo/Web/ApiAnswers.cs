using Microsoft.AspNetCore.Http;
using WijkSim.Scenarios;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Web;

/// <summary>The answers of the HTTP API, one way for every endpoint: JSON in the manifests' style, and a
/// refusal as a 400 with <c>{field, error}</c>. Where the workshop page can say the reason in the
/// viewer's language the refusal also carries its <c>code</c> and values (<c>args</c>), as
/// <see cref="LeverError"/> gives them (i18n.js, keys "err_" + code).</summary>
public static class ApiAnswers
{
    public static IResult Ok(object value) => Results.Json(value, Manifest.Json);

    public static IResult Bad(string field, string error, string? code = null, IReadOnlyDictionary<string, string>? args = null) =>
        code is null
            ? Results.Json(new { field, error }, Manifest.Json, statusCode: StatusCodes.Status400BadRequest)
            : Results.Json(new { field, error, code, args }, Manifest.Json, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A refused lever value, at <paramref name="field"/> (its own field unless a form names it otherwise).</summary>
    public static IResult Bad(LeverError e, string? field = null) => Bad(field ?? e.Field, e.Message, e.Code, e.Args);
}
