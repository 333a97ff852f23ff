namespace Conformance.OpenAdr3.Client;

/// <summary>Query parameters of GET reports (searchAllReports).</summary>
public sealed record ReportSearch : PagedSearch
{
    public string? ProgramId { get; init; }

    public string? EventId { get; init; }

    public string? ClientName { get; init; }
}
