using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML intervalPeriod: "Defines temporal aspects of intervals." A start of "0001-01-01" may indicate 'now';
/// a duration of "P9999Y" may indicate infinity (User Guide 7.3).
/// </summary>
public sealed record IntervalPeriod
{
    /// <summary>The start time of an interval or set of intervals (RFC 3339).</summary>
    [JsonPropertyName("start")]
    public string? Start { get; init; }

    /// <summary>The duration of an interval or set of intervals (ISO 8601).</summary>
    [JsonPropertyName("duration")]
    public string? Duration { get; init; }

    /// <summary>Indicates a randomization time that may be applied to start (ISO 8601).</summary>
    [JsonPropertyName("randomizeStart")]
    public string? RandomizeStart { get; init; }

    internal void Check(Checks checks, string path)
    {
        checks.DateTime(Checks.Path(path, "start"), Start);
        checks.Duration(Checks.Path(path, "duration"), Duration);
        checks.Duration(Checks.Path(path, "randomizeStart"), RandomizeStart);
    }
}
