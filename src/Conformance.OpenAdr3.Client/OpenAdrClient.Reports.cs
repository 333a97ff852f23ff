using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST reports (createReport); answers the VTN's report.</summary>
    public Task<Report> CreateReportAsync(Report report, CancellationToken ct = default) =>
        PostAsync("reports", report, ct);

    /// <summary>GET reports (searchAllReports).</summary>
    public Task<IReadOnlyList<Report>> GetReportsAsync(ReportSearch search, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Report>>("reports" + Query(
            ("programID", search.ProgramId), ("eventID", search.EventId), ("clientName", search.ClientName),
            ("skip", search.Skip), ("limit", search.Limit)), ct);

    /// <inheritdoc cref="GetReportsAsync(ReportSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Report>> GetReportsAsync(
        string? eventId = null, string? clientName = null, int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetReportsAsync(new ReportSearch { EventId = eventId, ClientName = clientName, Skip = skip, Limit = limit }, ct);

    /// <inheritdoc cref="GetReportsAsync(ReportSearch, CancellationToken)"/>
    public Task<IReadOnlyList<Report>> GetReportsAsync(CancellationToken ct) => GetReportsAsync(new ReportSearch(), ct);

    /// <summary>GET reports/{reportID} (searchReportsByReportID).</summary>
    public Task<Report> GetReportAsync(string id, CancellationToken ct = default) =>
        GetAsync<Report>(PathOf("reports", id), ct);

    /// <summary>PUT reports/{reportID} (updateReport); answers the updated report.</summary>
    public Task<Report> UpdateReportAsync(string id, Report report, CancellationToken ct = default) =>
        PutAsync(PathOf("reports", id), report, ct);

    /// <summary>DELETE reports/{reportID} (deleteReport); answers the deleted report.</summary>
    public Task<Report> DeleteReportAsync(string id, CancellationToken ct = default) =>
        DeleteAsync<Report>(PathOf("reports", id), ct);
}
