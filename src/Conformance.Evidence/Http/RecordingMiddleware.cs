using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Evidence.Http;

/// <summary>
/// Records every request a server receives the moment it arrives, and its response when it is complete. It stands
/// first in the pipeline, so even requests the server rejects, or fails on, are evidence. The caller is named by the
/// binding's policy from the request as it arrived (before the server authenticates it), and the binding's secrets
/// never reach the evidence. While it serves a request it holds an activity of the run clock
/// (<see cref="Clock.IRunActivity"/>), so virtual time does not jump meanwhile.
/// </summary>
/// <param name="serverRole">The role the recorded server plays, e.g. "Vtn".</param>
/// <param name="roleOfClient">Names the role behind the client id the policy read (null when the request named none).</param>
public sealed class RecordingMiddleware(
    RequestDelegate next, EvidenceLog log, RecordingOptions options, string serverRole, Func<string?, string> roleOfClient)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A request being served is work virtual time must wait for: it stands still until the response is recorded.
        using var serving = log.Clock.Activity.BeginActivity();
        var request = context.Request;
        request.EnableBuffering();
        var requestBody = await ReadAsync(request.Body, context.RequestAborted);
        request.Body.Position = 0;

        var target = request.Path + request.QueryString;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var seen = new HttpRequestSeen(request.Method, target, headers, System.Text.Encoding.UTF8.GetString(requestBody));
        var client = roleOfClient(options.Policy.CallerOf(seen));
        var requestRecord = log.Append(new EvidenceRecord
        {
            Direction = Directions.Request,
            From = client,
            To = serverRole,
            Binding = options.Binding,
            Http = new HttpDetail { Method = request.Method, Target = target, Headers = Redacted(headers) },
            Size = requestBody.Length,
            Body = RecordedBody.Text(requestBody, options.Policy),
        });

        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        var status = 500;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            context.Response.Body = original;
            var responseBody = captured.ToArray();
            log.Append(new EvidenceRecord
            {
                Direction = Directions.Response,
                From = serverRole,
                To = client,
                Binding = options.Binding,
                CorrelationId = requestRecord.Seq,
                Http = new HttpDetail
                {
                    Method = request.Method,
                    Target = target,
                    Status = status,
                    Headers = Redacted(context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())),
                },
                Size = responseBody.Length,
                Body = RecordedBody.Text(responseBody, options.Policy),
            });
            captured.Position = 0;
            await captured.CopyToAsync(original, context.RequestAborted);
        }
    }

    private Dictionary<string, string> Redacted(IReadOnlyDictionary<string, string> headers) =>
        headers.ToDictionary(h => h.Key, h => options.Policy.Header(h.Key, h.Value));

    private static async Task<byte[]> ReadAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}

public static class RecordingMiddlewareExtensions
{
    /// <param name="serverRole">The role the server plays in evidence, e.g. "Vtn".</param>
    /// <param name="roleOfClient">Names the role behind a client id (null when the request named none).</param>
    public static IApplicationBuilder UseEvidenceRecording(this IApplicationBuilder app, EvidenceLog log, RecordingOptions options,
        string serverRole, Func<string?, string> roleOfClient) =>
        app.UseMiddleware<RecordingMiddleware>(log, options, serverRole, roleOfClient);
}
