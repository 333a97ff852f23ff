using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML report = objectMetadata + reportRequest + clientID (the latter written by the VTN).</summary>
public sealed record Report : ObjectMetadata, IValidatable
{
    /// <summary>The reporting client's id, taken by the VTN from the request's token.</summary>
    [JsonPropertyName("clientID")]
    public string? ClientId { get; init; }

    /// <summary>ID attribute of the event object this report is associated with (required).</summary>
    [JsonPropertyName("eventID")]
    public string? EventId { get; init; }

    /// <summary>User generated identifier; may be VEN ID provisioned out-of-band (1..128, required).</summary>
    [JsonPropertyName("clientName")]
    public string? ClientName { get; init; }

    /// <summary>User defined string for use in debugging or User Interface.</summary>
    [JsonPropertyName("reportName")]
    public string? ReportName { get; init; }

    /// <summary>An optional list of objects that provide context to payload types.</summary>
    [JsonPropertyName("payloadDescriptors")]
    public IReadOnlyList<ReportPayloadDescriptor>? PayloadDescriptors { get; init; }

    /// <summary>A list of objects containing report data for a set of resources (required).</summary>
    [JsonPropertyName("resources")]
    public IReadOnlyList<ReportResource>? Resources { get; init; }

    /// <summary>Checks the reportRequest rules; clientID and metadata are the VTN's to set.</summary>
    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        checks.ObjectId("eventID", EventId, required: true);
        checks.Text("clientName", ClientName, 1, 128, required: true);
        checks.Each("payloadDescriptors", PayloadDescriptors, (d, at) => d.Check(checks, at));
        if (checks.Required("resources", Resources)) checks.Each("resources", Resources, (r, at) => r.Check(checks, at));
        return checks.Result;
    }
}
