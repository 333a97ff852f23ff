using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML reportPayloadDescriptor: "Contextual information used to interpret report payload values."
/// </summary>
public sealed record ReportPayloadDescriptor : PayloadDescriptor
{
    /// <summary>The type of reading, e.g. DIRECT_READ.</summary>
    [JsonPropertyName("readingType")]
    public string? ReadingType { get; init; }

    /// <summary>A quantification of the accuracy of a set of payload values.</summary>
    [JsonPropertyName("accuracy")]
    public double? Accuracy { get; init; }

    /// <summary>A quantification of the confidence in a set of payload values (0..100).</summary>
    [JsonPropertyName("confidence")]
    public int? Confidence { get; init; }

    internal override void Check(Checks checks, string path)
    {
        CheckCommon(checks, path, ObjectTypes.ReportPayloadDescriptor);
        checks.Text(Checks.Path(path, "readingType"), ReadingType, 1, 128);
        checks.Range(Checks.Path(path, "confidence"), Confidence, 0, 100);
    }
}
