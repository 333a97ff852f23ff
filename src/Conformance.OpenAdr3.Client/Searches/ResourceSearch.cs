namespace Conformance.OpenAdr3.Client;

/// <summary>Query parameters of GET resources (searchVenResources).</summary>
public sealed record ResourceSearch : PagedSearch
{
    public string? VenId { get; init; }

    public string? ResourceName { get; init; }

    public IReadOnlyList<string>? Targets { get; init; }
}
