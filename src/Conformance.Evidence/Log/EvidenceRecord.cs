using System.Text.Json.Serialization;

namespace Conformance.Evidence.Log;

/// <summary>
/// One message that crossed a wire, as it came. A line of evidence.jsonl; nothing in it is interpreted, so it can
/// be judged again later by anyone.
/// </summary>
public sealed record EvidenceRecord
{
    /// <summary>Position in the run's log, from 1.</summary>
    public long Seq { get; init; }

    /// <summary>Run time in seconds from the run's start, from the monotonic run clock (microsecond resolution).</summary>
    public double T { get; init; }

    /// <summary>The same instant as UTC calendar time.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The scenario that was running when the message was seen (its id), if any.</summary>
    public string? Scenario { get; init; }

    /// <summary>"request" or "response".</summary>
    public required string Direction { get; init; }

    public required string From { get; init; }
    public required string To { get; init; }

    /// <summary>e.g. "openadr3/http".</summary>
    public required string Protocol { get; init; }

    public string? Method { get; init; }

    /// <summary>Path and query as sent.</summary>
    public required string Endpoint { get; init; }

    public int? Status { get; init; }

    /// <summary>For a response: the <see cref="Seq"/> of its request.</summary>
    public long? InResponseTo { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }

    [JsonIgnore]
    public TimeSpan Time => TimeSpan.FromTicks((long)Math.Round(T * TimeSpan.TicksPerSecond));

    /// <summary>One line for failure messages: "#12 t=1.234567 s POST /events (BusinessLogic -> Vtn) 201".</summary>
    public string Summary => $"#{Seq} t={T:0.000000} s {Method} {Endpoint} ({From} -> {To}){(Status is { } s ? $" {s}" : "")}";
}
