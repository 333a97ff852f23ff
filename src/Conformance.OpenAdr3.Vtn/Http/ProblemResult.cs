using System.Text.Json;
using Conformance.OpenAdr3.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// The one way the VTN answers an error: the YAML's problem object under application/json (the media type
/// every error response of the YAML declares), status equal to the HTTP status, a fresh urn:uuid instance
/// that is also logged so a report can point at the log line.
/// </summary>
internal sealed class ProblemResult(int status, string detail) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int StatusCode => status;

    public string Detail => detail;

    int? IStatusCodeHttpResult.StatusCode => status;

    string IContentTypeHttpResult.ContentType => "application/json";

    /// <summary>
    /// At the token endpoint, RFC 6749 5.2's error code (invalid_request, invalid_client, unsupported_grant_type), written
    /// beside the problem's fields with the detail as error_description, so OAuth2 client libraries read the answer too.
    /// </summary>
    public string? OAuthError { get; init; }

    /// <summary>The WWW-Authenticate challenge of a 401, e.g. Basic for a client that failed HTTP Basic authentication.</summary>
    public string? Challenge { get; init; }

    public static ProblemResult BadRequest(IEnumerable<Violation> violations) => new(400, string.Join("; ", violations));

    public static ProblemResult BadRequest(string detail) => new(400, detail);

    public static ProblemResult Unauthorized(string detail) => new(401, detail);

    public static ProblemResult Forbidden(string detail) => new(403, detail);

    public static ProblemResult NotFound(string field, string id) => new(404, $"{field}: no object with id '{id}'.");

    public static ProblemResult Conflict(string detail) => new(409, detail);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var problem = new Problem
        {
            Type = "about:blank",
            Title = ReasonPhrases.GetReasonPhrase(status),
            Status = status,
            Detail = detail,
            Instance = $"urn:uuid:{Guid.NewGuid()}",
        };
        httpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<ProblemResult>().Log(
            status >= 500 ? LogLevel.Error : LogLevel.Information,
            "{Method} {Path} -> {Status} {Instance}: {Detail}",
            httpContext.Request.Method, httpContext.Request.Path, status, problem.Instance, detail);

        httpContext.Response.StatusCode = status;
        if (Challenge is not null) httpContext.Response.Headers.WWWAuthenticate = Challenge;
        if (OAuthError is null)
        {
            await httpContext.Response.WriteAsJsonAsync(problem, OpenAdrJson.Options, "application/json", httpContext.RequestAborted);
            return;
        }
        var body = JsonSerializer.SerializeToNode(problem, OpenAdrJson.Options)!.AsObject();
        body["error"] = OAuthError;
        body["error_description"] = detail;
        await httpContext.Response.WriteAsJsonAsync(body, OpenAdrJson.Options, "application/json", httpContext.RequestAborted);
    }
}
