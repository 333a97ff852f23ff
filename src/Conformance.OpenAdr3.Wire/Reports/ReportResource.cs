using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>An item of reportRequest.resources: "Report data associated with a resource."</summary>
public sealed record ReportResource
{
    /// <summary>User generated identifier; AGGREGATED_REPORT marks an aggregation of several resources.</summary>
    [JsonPropertyName("resourceName")]
    public string? ResourceName { get; init; }

    /// <summary>Defines default start and durations of intervals.</summary>
    [JsonPropertyName("intervalPeriod")]
    public IntervalPeriod? IntervalPeriod { get; init; }

    /// <summary>A list of interval objects.</summary>
    [JsonPropertyName("intervals")]
    public IReadOnlyList<Interval>? Intervals { get; init; }

    internal void Check(Checks checks, string path)
    {
        checks.Text(Checks.Path(path, "resourceName"), ResourceName, 1, 128, required: true);
        IntervalPeriod?.Check(checks, Checks.Path(path, "intervalPeriod"));
        var intervals = Checks.Path(path, "intervals");
        if (checks.Required(intervals, Intervals)) checks.Each(intervals, Intervals, (i, at) => i.Check(checks, at));
    }
}
