using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML notifierTopicsResponse: the body of every GET /notifiers/mqtt/topics/... endpoint.</summary>
public sealed record NotifierTopicsResponse
{
    /// <summary>The topic name of each operation (required).</summary>
    [JsonPropertyName("topics")]
    public NotifierOperationsTopics? Topics { get; init; }
}
