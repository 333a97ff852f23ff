namespace Conformance.OpenAdr3.Client;

/// <summary>Query parameters of GET events (searchAllEvents).</summary>
public sealed record EventSearch : PagedSearch
{
    public string? ProgramId { get; init; }

    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>True: ignore events that have transpired.</summary>
    public bool? Active { get; init; }
}
