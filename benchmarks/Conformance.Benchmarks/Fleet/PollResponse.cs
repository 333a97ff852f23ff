using System.Net.Http.Headers;

namespace Conformance.Benchmarks.Fleet;

/// <summary>
/// A VEN's event poll answer as it went over the wire: what the ceiling replays, and what it is compared with
/// to show that it does replay it (same status, headers but Date, framing and body).
/// </summary>
internal sealed class PollResponse
{
    private PollResponse(int status, string? contentType, bool chunked, byte[] body, IReadOnlyList<string> headers)
    {
        Status = status;
        ContentType = contentType;
        Chunked = chunked;
        Body = body;
        Headers = headers;
    }

    public int Status { get; }

    public string? ContentType { get; }

    /// <summary>Sent with Transfer-Encoding: chunked rather than Content-Length.</summary>
    public bool Chunked { get; }

    public byte[] Body { get; }

    /// <summary>"Name: value" of every header but Date, sorted.</summary>
    public IReadOnlyList<string> Headers { get; }

    public static async Task<PollResponse> CaptureAsync(Uri eventsUrl, string? bearerToken, CancellationToken ct)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, eventsUrl);
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !h.Key.Equals("Date", StringComparison.OrdinalIgnoreCase))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}")
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new PollResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(),
            response.Headers.TransferEncodingChunked == true, body, headers);
    }

    /// <summary>Null when <paramref name="other"/> went over the wire as this one did, else what differs.</summary>
    public string? DifferenceFrom(PollResponse other) =>
        other.Status != Status ? $"status {other.Status} instead of {Status}"
        : !other.Headers.SequenceEqual(Headers) ? $"headers [{string.Join("; ", other.Headers)}] instead of [{string.Join("; ", Headers)}]"
        : !other.Body.AsSpan().SequenceEqual(Body) ? $"a body of {other.Body.Length} bytes that differs from the {Body.Length} expected"
        : null;
}
