namespace Conformance.OpenAdr3.Client;

/// <summary>Query parameters of GET vens (searchVens).</summary>
public sealed record VenSearch : PagedSearch
{
    public string? VenName { get; init; }

    public IReadOnlyList<string>? Targets { get; init; }
}
