using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML subscription = objectMetadata + subscriptionRequest + clientID (the latter written by the VTN):
/// "An object created by a client to receive notification of operations on objects."
/// </summary>
public sealed record Subscription : ObjectMetadata, IValidatable
{
    /// <summary>The subscribing client's id, taken by the VTN from the request's token.</summary>
    [JsonPropertyName("clientID")]
    public string? ClientId { get; init; }

    /// <summary>User generated identifier, may be VEN identifier provisioned out-of-band (1..128, required).</summary>
    [JsonPropertyName("clientName")]
    public string? ClientName { get; init; }

    /// <summary>ID attribute of the program object this subscription is associated with.</summary>
    [JsonPropertyName("programID")]
    public string? ProgramId { get; init; }

    /// <summary>List of objects and operations to subscribe to (required).</summary>
    [JsonPropertyName("objectOperations")]
    public IReadOnlyList<ObjectOperation>? ObjectOperations { get; init; }

    /// <summary>A list of targets. Used by server to filter notifications.</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>Checks the subscriptionRequest rules; clientID and metadata are the VTN's to set.</summary>
    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        checks.Text("clientName", ClientName, 1, 128, required: true);
        checks.ObjectId("programID", ProgramId, required: false);
        if (checks.Required("objectOperations", ObjectOperations))
            checks.Each("objectOperations", ObjectOperations, (o, at) => o.Check(checks, at));
        checks.Targets("targets", Targets);
        return checks.Result;
    }
}
