using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>
/// YAML event = objectMetadata + eventRequest: "Event object to communicate a Demand Response request to VEN.
/// If intervalPeriod is present, sets default start time and duration of intervals."
/// </summary>
public sealed record Event : ObjectMetadata, IValidatable
{
    /// <summary>ID attribute of the program object this event is associated with (required).</summary>
    [JsonPropertyName("programID")]
    public string? ProgramId { get; init; }

    /// <summary>User defined string for use in debugging or User Interface.</summary>
    [JsonPropertyName("eventName")]
    public string? EventName { get; init; }

    /// <summary>Optional duration of event (ISO 8601). May be used to loop intervals.</summary>
    [JsonPropertyName("duration")]
    public string? Duration { get; init; }

    /// <summary>Relative priority of event. A lower number is a higher priority.</summary>
    [JsonPropertyName("priority")]
    public int? Priority { get; init; }

    /// <summary>A list of targets.</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>A list of reportDescriptor objects. Used to request reports from VEN.</summary>
    [JsonPropertyName("reportDescriptors")]
    public IReadOnlyList<ReportDescriptor>? ReportDescriptors { get; init; }

    /// <summary>A list of payloadDescriptor objects.</summary>
    [JsonPropertyName("payloadDescriptors")]
    public IReadOnlyList<EventPayloadDescriptor>? PayloadDescriptors { get; init; }

    /// <summary>Defines default start and durations of intervals.</summary>
    [JsonPropertyName("intervalPeriod")]
    public IntervalPeriod? IntervalPeriod { get; init; }

    /// <summary>A list of interval objects.</summary>
    [JsonPropertyName("intervals")]
    public IReadOnlyList<Interval>? Intervals { get; init; }

    /// <summary>Checks the eventRequest rules; server-provided metadata is ignored.</summary>
    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        checks.ObjectId("programID", ProgramId, required: true);
        checks.Duration("duration", Duration);
        checks.Minimum("priority", Priority, 0);
        checks.Targets("targets", Targets);
        checks.Each("reportDescriptors", ReportDescriptors, (d, at) => d.Check(checks, at));
        checks.Each("payloadDescriptors", PayloadDescriptors, (d, at) => d.Check(checks, at));
        IntervalPeriod?.Check(checks, "intervalPeriod");
        checks.Each("intervals", Intervals, (i, at) => i.Check(checks, at));
        return checks.Result;
    }
}
