using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML program = objectMetadata + programRequest: "Client provided description of program".</summary>
public sealed record Program : ObjectMetadata, IValidatable
{
    /// <summary>Short name to uniquely identify program (1..128, required).</summary>
    [JsonPropertyName("programName")]
    public string? ProgramName { get; init; }

    /// <summary>The temporal span of the program, which could be years-long.</summary>
    [JsonPropertyName("intervalPeriod")]
    public IntervalPeriod? IntervalPeriod { get; init; }

    /// <summary>A list of programDescriptions.</summary>
    [JsonPropertyName("programDescriptions")]
    public IReadOnlyList<ProgramDescription>? ProgramDescriptions { get; init; }

    /// <summary>A list of payloadDescriptors: event or report descriptors, told apart by objectType.</summary>
    [JsonPropertyName("payloadDescriptors")]
    public IReadOnlyList<PayloadDescriptor>? PayloadDescriptors { get; init; }

    /// <summary>A list of valuesMap objects describing attributes.</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyList<ValuesMap>? Attributes { get; init; }

    /// <summary>A list of targets.</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>Checks the programRequest rules; server-provided metadata is ignored.</summary>
    public IReadOnlyList<Violation> Validate()
    {
        var checks = new Checks();
        checks.Text("programName", ProgramName, 1, 128, required: true);
        IntervalPeriod?.Check(checks, "intervalPeriod");
        checks.Each("programDescriptions", ProgramDescriptions,
            (d, at) => checks.Text(Checks.Path(at, "URL"), d.Url, 2, 8000, required: true));
        checks.Each("payloadDescriptors", PayloadDescriptors, (d, at) => d.Check(checks, at));
        checks.Each("attributes", Attributes, (a, at) => a.Check(checks, at));
        checks.Targets("targets", Targets);
        return checks.Result;
    }
}
