namespace Conformance.Evidence.Log;

/// <summary>What only a WebSocket message has. A message is recorded whole, however many frames carried it.</summary>
public sealed record WebSocketDetail
{
    /// <summary>"text", "binary" (its body in base64) or "close".</summary>
    public required string MessageType { get; init; }

    /// <summary>The path (and query) of the connection the message went over, when the recorder was told it.</summary>
    public string? Target { get; init; }

    /// <summary>The message's own id, as the binding's policy reads it from the body (e.g. an S2 message_id).</summary>
    public string? MessageId { get; init; }

    /// <summary>A close message's status code and description.</summary>
    public int? CloseStatus { get; init; }

    public string? CloseDescription { get; init; }

    /// <summary>The message in a few words, for <see cref="EvidenceRecord.Summary"/>.</summary>
    public string Describe(long size) => MessageType == "close"
        ? $"close{(CloseStatus is { } s ? $" {s}" : "")}{(string.IsNullOrEmpty(CloseDescription) ? "" : $" {CloseDescription}")}"
        : $"{MessageType} {size} bytes{(MessageId is null ? "" : $" id {MessageId}")}";
}
