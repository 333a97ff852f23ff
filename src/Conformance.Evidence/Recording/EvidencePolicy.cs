namespace Conformance.Evidence.Recording;

/// <summary>
/// What a protocol binding tells the recorders about its messages: which parts are secrets (replaced by a
/// <see cref="Fingerprint"/> before anything is written), who sent an HTTP request (read before the server has
/// authenticated it, so the request can be recorded the moment it arrives), and, for message transports, which
/// message a reply answers. The base policy knows no secret, names no caller and ties no message to another; a
/// binding overrides what its protocol defines (the OpenADR 3.1 binding: OAuth2 bearer tokens and client secrets).
/// </summary>
public class EvidencePolicy
{
    /// <summary>Records everything as it came and names no caller.</summary>
    public static readonly EvidencePolicy None = new();

    /// <summary>A header's value as evidence may show it (an HTTP header, or an MQTT user property).</summary>
    public virtual string Header(string name, string value) => value;

    /// <summary>A body as evidence may show it, whatever the transport.</summary>
    public virtual string Body(string body) => body;

    /// <summary>The client id behind an HTTP request as it arrived (unauthenticated), or null when it names none.</summary>
    public virtual string? CallerOf(HttpRequestSeen request) => null;

    /// <summary>
    /// For a message transport (WebSocket): the message's own id and the id of the message it replies to, read from its
    /// body; either may be null.
    /// </summary>
    public virtual MessageIds IdsOf(string body) => default;
}

/// <summary>An HTTP request as a server received it, before any redaction: what a caller-identity policy reads.</summary>
public sealed record HttpRequestSeen(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>A header's value by its name in any case, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value
        : Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>A message's own id and the id of the message it replies to, as a binding's policy reads them.</summary>
public readonly record struct MessageIds(string? Id, string? RepliesTo);
