using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Client;

public sealed partial class OpenAdrClient
{
    /// <summary>POST reports (createReport); answers the VTN's report.</summary>
    public Task<Report> CreateReportAsync(Report report, CancellationToken ct = default) =>
        PostAsync("reports", report, ct);

    /// <summary>GET reports (searchAllReports), optionally by eventID and clientName.</summary>
    public Task<IReadOnlyList<Report>> GetReportsAsync(
        string? eventId = null, string? clientName = null, int? skip = null, int? limit = null, CancellationToken ct = default) =>
        GetAsync<IReadOnlyList<Report>>("reports" + Query(
            ("eventID", eventId), ("clientName", clientName), ("skip", skip), ("limit", limit)), ct);

    /// <inheritdoc cref="GetReportsAsync(string?, string?, int?, int?, CancellationToken)"/>
    public Task<IReadOnlyList<Report>> GetReportsAsync(CancellationToken ct) => GetReportsAsync(null, null, null, null, ct);

    /// <summary>GET reports/{reportID} (searchReportsByReportID).</summary>
    public Task<Report> GetReportAsync(string id, CancellationToken ct = default) =>
        GetAsync<Report>($"reports/{Uri.EscapeDataString(id)}", ct);
}
