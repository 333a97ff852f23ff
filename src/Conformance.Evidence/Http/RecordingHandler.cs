using System.Net.Http.Headers;
using Conformance.Evidence.Log;

namespace Conformance.Evidence.Http;

/// <summary>
/// Records every request a harness client sends to a third-party server, and its response, in the shape
/// <see cref="RecordingMiddleware"/> records them on the harness's own servers: the harness cannot record inside a
/// system under test, so it records at its own end of the wire. The request is recorded as it leaves, the response
/// once complete (buffered, so its reader still gets all of it); the endpoint is the path below the server's base
/// address, as the server sees its routes. From request to recorded response the exchange is an open activity of
/// the run clock (<see cref="Clock.IRunActivity"/>), so virtual time does not jump while it is in flight.
/// </summary>
/// <param name="clientRole">The role behind this client in evidence, e.g. "BusinessLogic".</param>
public sealed class RecordingHandler(EvidenceLog log, RecordingOptions options, string clientRole, Uri baseAddress, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A message in flight is work virtual time must wait for: it stands still until the response is recorded.
        using var inFlight = log.Clock.Activity.BeginActivity();
        var requestBody = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var endpoint = Endpoint(request.RequestUri!);
        var requestRecord = log.Append(new EvidenceRecord
        {
            Direction = "request", From = clientRole, To = options.ServerRole, Protocol = options.Protocol,
            Method = request.Method.Method, Endpoint = endpoint,
            Headers = Headers(request.Headers, request.Content?.Headers, redact: true),
            Body = requestBody.Length == 0 ? null : RecordingMiddleware.Truncate(Redaction.Body(requestBody)),
        });

        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        log.Append(new EvidenceRecord
        {
            Direction = "response", From = options.ServerRole, To = clientRole, Protocol = options.Protocol,
            Method = request.Method.Method, Endpoint = endpoint, Status = (int)response.StatusCode, InResponseTo = requestRecord.Seq,
            Headers = Headers(response.Headers, response.Content.Headers, redact: false),
            Body = responseBody.Length == 0 ? null : RecordingMiddleware.Truncate(Redaction.Body(responseBody)),
        });
        return response;
    }

    private string Endpoint(Uri uri)
    {
        var basePath = baseAddress.AbsolutePath.TrimEnd('/');
        var path = uri.AbsolutePath.StartsWith(basePath + "/", StringComparison.Ordinal) ? uri.AbsolutePath[basePath.Length..] : uri.AbsolutePath;
        return path + uri.Query;
    }

    private static Dictionary<string, string> Headers(HttpHeaders headers, HttpHeaders? content, bool redact) =>
        headers.Concat(content ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => redact ? Redaction.Header(h.Key, string.Join(", ", h.Value)) : string.Join(", ", h.Value));
}
