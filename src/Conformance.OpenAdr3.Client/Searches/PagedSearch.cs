namespace Conformance.OpenAdr3.Client;

/// <summary>The skip and limit query parameters every search of the YAML takes (limit 0..50).</summary>
public abstract record PagedSearch
{
    /// <summary>Number of records to skip for pagination.</summary>
    public int? Skip { get; init; }

    /// <summary>Maximum number of records to return.</summary>
    public int? Limit { get; init; }
}
