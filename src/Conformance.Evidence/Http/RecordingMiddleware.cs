using System.Text;
using Conformance.Evidence.Log;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Conformance.Evidence.Http;

/// <param name="Protocol">The protocol binding's name in evidence, e.g. "openadr3/http".</param>
/// <param name="ServerRole">The role the recorded server plays, e.g. "Vtn".</param>
/// <param name="RoleOfClient">Names the role behind a client id (null when the request carried none).</param>
public sealed record RecordingOptions(string Protocol, string ServerRole, Func<string?, string> RoleOfClient);

/// <summary>
/// Records every request a server receives the moment it arrives, and its response when it is complete. It stands
/// first in the pipeline, so even requests the server rejects, or fails on, are evidence. While it serves a request
/// it holds an activity of the run clock (<see cref="Clock.IRunActivity"/>), so virtual time does not jump meanwhile.
/// </summary>
public sealed class RecordingMiddleware(RequestDelegate next, EvidenceLog log, RecordingOptions options)
{
    /// <summary>Larger bodies are recorded up to this size and marked as truncated.</summary>
    public const int MaxRecordedBody = 1 << 20;

    public async Task InvokeAsync(HttpContext context)
    {
        // A request being served is work virtual time must wait for: it stands still until the response is recorded.
        using var serving = log.Clock.Activity.BeginActivity();
        var request = context.Request;
        request.EnableBuffering();
        var requestBody = await ReadAsync(request.Body, context.RequestAborted);
        request.Body.Position = 0;

        var client = options.RoleOfClient(CallerIdentity.ClientId(request.Headers.Authorization, request.ContentType, requestBody));
        var endpoint = request.Path + request.QueryString;
        var requestRecord = log.Append(new EvidenceRecord
        {
            Direction = "request", From = client, To = options.ServerRole, Protocol = options.Protocol,
            Method = request.Method, Endpoint = endpoint,
            Headers = request.Headers.ToDictionary(h => h.Key, h => Redaction.Header(h.Key, h.Value.ToString())),
            Body = requestBody.Length == 0 ? null : Truncate(Redaction.Body(requestBody)),
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
            captured.Position = 0;
            var responseBody = Encoding.UTF8.GetString(captured.ToArray());
            log.Append(new EvidenceRecord
            {
                Direction = "response", From = options.ServerRole, To = client, Protocol = options.Protocol,
                Method = request.Method, Endpoint = endpoint, Status = status, InResponseTo = requestRecord.Seq,
                Headers = context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()),
                Body = responseBody.Length == 0 ? null : Truncate(Redaction.Body(responseBody)),
            });
            await captured.CopyToAsync(original, context.RequestAborted);
        }
    }

    private static async Task<string> ReadAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, leaveOpen: true);
        return await reader.ReadToEndAsync(ct);
    }

    internal static string Truncate(string body) =>
        body.Length <= MaxRecordedBody ? body : body[..MaxRecordedBody] + $"... [truncated: {body.Length} characters in all]";
}

public static class RecordingMiddlewareExtensions
{
    public static IApplicationBuilder UseEvidenceRecording(this IApplicationBuilder app, EvidenceLog log, RecordingOptions options) =>
        app.UseMiddleware<RecordingMiddleware>(log, options);
}
