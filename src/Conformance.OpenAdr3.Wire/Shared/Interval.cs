using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML interval: "An object defining a temporal window and a list of valuesMaps."</summary>
public sealed record Interval
{
    /// <summary>A client generated number assigned an interval object. Not a sequence number.</summary>
    [JsonPropertyName("id")]
    public int? Id { get; init; }

    /// <summary>Defines start and duration of the interval; overrides the event's intervalPeriod.</summary>
    [JsonPropertyName("intervalPeriod")]
    public IntervalPeriod? IntervalPeriod { get; init; }

    /// <summary>A list of valuesMap objects.</summary>
    [JsonPropertyName("payloads")]
    public IReadOnlyList<ValuesMap>? Payloads { get; init; }

    internal void Check(Checks checks, string path)
    {
        checks.Required(Checks.Path(path, "id"), Id);
        IntervalPeriod?.Check(checks, Checks.Path(path, "intervalPeriod"));
        var payloads = Checks.Path(path, "payloads");
        if (checks.Required(payloads, Payloads)) checks.Each(payloads, Payloads, (p, at) => p.Check(checks, at));
    }
}
