using System.Text.Json.Serialization;

namespace Conformance.OpenAdr3.Wire;

/// <summary>YAML reportDescriptor: "An object that may be used to request a report from a VEN."</summary>
/// <remarks>Defaults are the YAML's and are not filled in, so what a peer sent stays visible.</remarks>
public sealed record ReportDescriptor
{
    /// <summary>The nature of values, e.g. USAGE.</summary>
    [JsonPropertyName("payloadType")]
    public string? PayloadType { get; init; }

    /// <summary>The type of reading, e.g. DIRECT_READ.</summary>
    [JsonPropertyName("readingType")]
    public string? ReadingType { get; init; }

    /// <summary>Units of measure.</summary>
    [JsonPropertyName("units")]
    public string? Units { get; init; }

    /// <summary>A list of targets.</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>True if report should aggregate results from all targeted resources (default false).</summary>
    [JsonPropertyName("aggregate")]
    public bool? Aggregate { get; init; }

    /// <summary>The interval on which to generate a report; -1 means at end of last interval (default -1).</summary>
    [JsonPropertyName("startInterval")]
    public int? StartInterval { get; init; }

    /// <summary>The number of intervals to include in a report; -1 means all (default -1).</summary>
    [JsonPropertyName("numIntervals")]
    public int? NumIntervals { get; init; }

    /// <summary>True: report on intervals preceding startInterval; false: following (default true).</summary>
    [JsonPropertyName("historical")]
    public bool? Historical { get; init; }

    /// <summary>Number of intervals that elapse between reports; -1 means same as numIntervals (default -1).</summary>
    [JsonPropertyName("frequency")]
    public int? Frequency { get; init; }

    /// <summary>Number of times to repeat report; -1 means indefinitely (default 1).</summary>
    [JsonPropertyName("repeat")]
    public int? Repeat { get; init; }

    /// <summary>VEN report interval options: INTERVALS, SUB_INTERVALS or OPEN_INTERVALS (default INTERVALS).</summary>
    [JsonPropertyName("reportIntervals")]
    public string? ReportIntervals { get; init; }

    internal void Check(Checks checks, string path)
    {
        checks.Text(Checks.Path(path, "payloadType"), PayloadType, 1, 128, required: true);
        checks.Text(Checks.Path(path, "readingType"), ReadingType, 1, 128);
        checks.Text(Checks.Path(path, "units"), Units, 1, 128);
        checks.Targets(Checks.Path(path, "targets"), Targets);
        checks.OneOf(Checks.Path(path, "reportIntervals"), ReportIntervals, "INTERVALS", "SUB_INTERVALS", "OPEN_INTERVALS");
    }
}
