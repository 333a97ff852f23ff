using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Conformance.OpenAdr3.Vtn;

/// <summary>
/// Makes every error a problem object: unhandled exceptions become 500 (never a stack trace), and bare
/// error statuses from the framework (unknown route, wrong method) get a body. A body the server cannot
/// read (too large, cut short) or of a media type other than application/json (routing's 415) is the YAML's
/// 400, "The request is malformed or invalid": its operations list no 413, 408 or 415, so a client built
/// from the YAML knows what to do with it; the detail keeps the reason.
/// </summary>
internal sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await ProblemResult.BadRequest($"body: {ex.Message}").ExecuteAsync(context);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            log.LogError(ex, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await new ProblemResult(500, "An internal error occurred.").ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status415UnsupportedMediaType && !response.HasStarted)
        {
            await ProblemResult.BadRequest($"Content-Type: '{context.Request.ContentType}' is not the media type " +
                "of this operation's request body in the YAML.").ExecuteAsync(context);
            return;
        }
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentType is null && response.ContentLength is null)
            await new ProblemResult(response.StatusCode, DetailFor(context)).ExecuteAsync(context);
    }

    private static string DetailFor(HttpContext context) => context.Response.StatusCode switch
    {
        404 => $"No OpenADR operation at {context.Request.Method} {context.Request.Path}.",
        405 => $"{context.Request.Method} is not an operation of {context.Request.Path}.",
        _ => $"{context.Request.Method} {context.Request.Path} failed.",
    };
}
