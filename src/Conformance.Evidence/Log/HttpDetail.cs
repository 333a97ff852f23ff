using System.Text.Json.Serialization;

namespace Conformance.Evidence.Log;

/// <summary>What only an HTTP message has. A response repeats its request's method and target.</summary>
public sealed record HttpDetail
{
    public required string Method { get; init; }

    /// <summary>
    /// Path and query as sent. Recorded by a harness client of a third-party server, the path is below the server's
    /// base address, as the server sees its routes.
    /// </summary>
    public required string Target { get; init; }

    /// <summary>A response's status code; absent on a request.</summary>
    public int? Status { get; init; }

    /// <summary>The headers as sent, values the binding's policy holds secret replaced by a fingerprint.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The target's path, without its query.</summary>
    [JsonIgnore]
    public string Path => Target.IndexOf('?') is var q and >= 0 ? Target[..q] : Target;

    /// <summary>The target's query, with its '?', or "".</summary>
    [JsonIgnore]
    public string Query => Target.IndexOf('?') is var q and >= 0 ? Target[q..] : "";

    /// <summary>
    /// Whether the path is <paramref name="prefix"/> or below it, segment by segment: "/events" matches "/events" and
    /// "/events/7", not "/eventsX" nor "/programs/1/events".
    /// </summary>
    public bool PathStartsWith(string prefix)
    {
        var path = Path;
        prefix = prefix.TrimEnd('/');
        return path.StartsWith(prefix, StringComparison.Ordinal) && (path.Length == prefix.Length || path[prefix.Length] == '/');
    }
}
