namespace Conformance.OpenAdr3.Client;

/// <summary>Query parameters of GET programs (searchAllPrograms).</summary>
public sealed record ProgramSearch : PagedSearch
{
    public IReadOnlyList<string>? Targets { get; init; }
}
