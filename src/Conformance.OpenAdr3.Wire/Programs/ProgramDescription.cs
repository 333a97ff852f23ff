using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>An item of programRequest.programDescriptions.</summary>
public sealed record ProgramDescription
{
    /// <summary>A human or machine readable program description (URI, length 2..8000).</summary>
    [JsonPropertyName("URL")]
    public string? Url { get; init; }
}
