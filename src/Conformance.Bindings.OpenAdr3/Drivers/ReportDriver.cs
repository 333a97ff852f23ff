using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Reports the scenario's VENs send, remembered with what was sent and what the VTN answered, and the business
/// logic's reads of reports. One per scenario.
/// </summary>
public sealed class ReportDriver(GridDomain grid, AnswerTrail trail, ScenarioCancellation cancellation)
{
    private readonly Dictionary<(string Ven, string EventId), (Report Sent, Report Stored)> _reports = [];

    /// <summary>The VTN's answer to the last report a VEN tried to send: its refusal status, or the stored report.</summary>
    public (int? RefusedWith, Report? Stored) LastAttempt { get; private set; }

    /// <summary>A harness VEN sends a report; the VTN must accept it.</summary>
    public async Task<Report> SendAsync(string venName, Report report, string what)
    {
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        var stored = await VtnAnswers.Accepted(ven.CreateReportAsync(report), $"the VTN to accept {what}");
        _reports[(venName, report.EventId!)] = (report, stored);
        return stored;
    }

    /// <summary>A harness VEN sends a report that the VTN may refuse.</summary>
    public async Task TrySendAsync(string venName, Report report)
    {
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        try { LastAttempt = (null, await ven.CreateReportAsync(report)); }
        catch (ProblemException e) { LastAttempt = ((int)e.StatusCode, null); }
    }

    public (Report Sent, Report Stored) Sent(string venName, string eventId) => _reports.TryGetValue((venName, eventId), out var r)
        ? r
        : throw new InvalidOperationException($"VEN '{venName}' sent no report on event {eventId} in this scenario");

    /// <summary>
    /// The business logic's read of the reports of an event (GET /reports?eventID=), judged: it must list the VEN's
    /// report with the clientID of the VEN that sent it and every field as sent, and no report on another event.
    /// </summary>
    public async Task<Report> ReadBackAsync(string venName, string eventName, string eventId)
    {
        var (sent, stored) = Sent(venName, eventId);
        var mark = trail.Mark();
        var listed = await BusinessLogicReadsAsync(new ReportSearch { EventId = eventId });
        var expected = $"the business logic's GET /reports?eventID={eventId} to give VEN '{venName}''s report on event '{eventName}' " +
            $"(id {stored.Id}) as the VEN sent it";
        var found = listed.FirstOrDefault(r => r.Id == stored.Id)
            ?? throw Judge.Fail(expected,
                $"it listed {listed.Count} report(s), not this one {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
        var problems = WireComparison.Differences(sent, found).ToList();
        if (found.ClientId != venName) problems.Insert(0, $"clientID: the VEN's is '{venName}', read '{found.ClientId}'");
        var strays = listed.Where(r => r.EventId != eventId).ToList();
        if (strays.Count > 0) problems.Add($"it also listed {strays.Count} report(s) on other events " +
            $"({string.Join(", ", strays.Select(r => r.Id).Take(5))})");
        if (problems.Count > 0) throw Judge.Fail(expected,
            $"{WireComparison.Describe(problems)} {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
        return found;
    }

    /// <summary>Every report the business logic gets for the search, page by page.</summary>
    public async Task<IReadOnlyList<Report>> BusinessLogicReadsAsync(ReportSearch search)
    {
        var bl = await grid.BusinessLogicAsync(cancellation.Token);
        return await VtnAnswers.Accepted(Pages.AllAsync((skip, limit) => bl.GetReportsAsync(search with { Skip = skip, Limit = limit })),
            $"the VTN to answer the business logic's GET /reports (programID {search.ProgramId ?? "any"}, eventID {search.EventId ?? "any"})");
    }
}
