namespace Conformance.OpenAdr3.Client;

/// <summary>Query parameters of GET subscriptions (searchSubscriptions).</summary>
public sealed record SubscriptionSearch : PagedSearch
{
    public string? ProgramId { get; init; }

    public string? ClientName { get; init; }

    /// <summary>Values of the objectTypes enum, e.g. EVENT.</summary>
    public IReadOnlyList<string>? Objects { get; init; }
}
