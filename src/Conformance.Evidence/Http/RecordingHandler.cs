using System.Net.Http.Headers;
using Conformance.Evidence.Log;
using Conformance.Evidence.Recording;

namespace Conformance.Evidence.Http;

/// <summary>
/// Records every request a harness client sends to a third-party server, and its response, in the shape
/// <see cref="RecordingMiddleware"/> records them on the harness's own servers: the harness cannot record inside a
/// system under test, so it records at its own end of the wire. The request is recorded as it leaves, the response
/// once complete (buffered, so its reader still gets all of it); the target is the path below the server's base
/// address, as the server sees its routes. From request to recorded response the exchange is an open activity of
/// the run clock (<see cref="Clock.IRunActivity"/>), so virtual time does not jump while it is in flight.
/// </summary>
/// <param name="clientRole">The role behind this client in evidence, e.g. "BusinessLogic".</param>
/// <param name="serverRole">The role the server plays, e.g. "Vtn".</param>
public sealed class RecordingHandler(
    EvidenceLog log, RecordingOptions options, string clientRole, string serverRole, Uri baseAddress, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    /// <summary>
    /// Set on the request once its response is recorded: whoever reads the answer later (a conformity check, a step that
    /// judges it) names the record that carries it.
    /// </summary>
    public static readonly HttpRequestOptionsKey<EvidenceRecord> ResponseRecord = new("evidence.response");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A message in flight is work virtual time must wait for: it stands still until the response is recorded.
        using var inFlight = log.Clock.Activity.BeginActivity();
        var requestBody = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var target = Target(request.RequestUri!);
        var requestRecord = log.Append(new EvidenceRecord
        {
            Direction = Directions.Request,
            From = clientRole,
            To = serverRole,
            Binding = options.Binding,
            Http = new HttpDetail { Method = request.Method.Method, Target = target, Headers = Headers(request.Headers, request.Content?.Headers) },
            Size = requestBody.Length,
            Body = RecordedBody.Text(requestBody, options.Policy),
        });

        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var responseRecord = log.Append(new EvidenceRecord
        {
            Direction = Directions.Response,
            From = serverRole,
            To = clientRole,
            Binding = options.Binding,
            CorrelationId = requestRecord.Seq,
            Http = new HttpDetail
            {
                Method = request.Method.Method,
                Target = target,
                Status = (int)response.StatusCode,
                Headers = Headers(response.Headers, response.Content.Headers),
            },
            Size = responseBody.Length,
            Body = RecordedBody.Text(responseBody, options.Policy),
        });
        request.Options.Set(ResponseRecord, responseRecord);
        return response;
    }

    private string Target(Uri uri)
    {
        var basePath = baseAddress.AbsolutePath.TrimEnd('/');
        var path = uri.AbsolutePath.StartsWith(basePath + "/", StringComparison.Ordinal) ? uri.AbsolutePath[basePath.Length..] : uri.AbsolutePath;
        return path + uri.Query;
    }

    private Dictionary<string, string> Headers(HttpHeaders headers, HttpHeaders? content) =>
        headers.Concat(content ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => options.Policy.Header(h.Key, string.Join(", ", h.Value)));
}
