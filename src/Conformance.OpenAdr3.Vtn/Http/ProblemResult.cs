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
        await httpContext.Response.WriteAsJsonAsync(problem, OpenAdrJson.Options, "application/json", httpContext.RequestAborted);
    }
}
