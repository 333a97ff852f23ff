using System.Globalization;
using System.Text.Json;
using Conformance.Evidence.Log;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Wire;
using Conformance.Steps.Drivers;
using Conformance.Steps.Support;
using Reqnroll;

namespace Conformance.Steps.StepDefinitions.Grid;

/// <summary>IEC TS 62746-3 VTN-initiated events: the VTN publishes, the VEN retrieves and acts.</summary>
[Binding]
public sealed class EventDistributionSteps(GridDomain grid, EvidenceLog evidence, ScenarioLedger ledger, PublishedEvent published)
{
    /// <summary>Allowed beyond the polling interval for timer jitter and one request's transit; see the feature's decisions.</summary>
    public static readonly TimeSpan PollingTolerance = TimeSpan.FromMilliseconds(250);

    [When("the VTN publishes event {string} in program {string} at simple level {int}")]
    public async Task TheVtnPublishesAnEvent(string eventName, string programName, int level)
    {
        var vtn = await grid.BusinessLogicAsync(CancellationToken.None);
        var program = (await vtn.GetProgramsAsync(CancellationToken.None)).Single(p => p.ProgramName == programName);
        published.Event = await vtn.CreateEventAsync(OpenAdrEvents.SimpleLevel(program.Id!, eventName, level, grid.Now), CancellationToken.None);
        published.Publication = evidence.Snapshot().Last(r =>
            r is { Direction: "response", Method: "POST", Status: 201, To: "BusinessLogic" } && (r.Body ?? "").Contains(published.Id, StringComparison.Ordinal));
    }

    [Then("the VEN retrieves the event within its polling interval")]
    public async Task TheVenRetrievesTheEvent()
    {
        var publication = published.Publication!;
        var limit = grid.Ven.PollingInterval + PollingTolerance;
        var retrieval = await Expect.MessageAsync(evidence,
            $"the VEN to retrieve {published.Describe()}, published at t={Expect.Seconds(publication.Time)} s (#{publication.Seq}), within its polling interval of {Expect.Describe(grid.Ven.PollingInterval)} (+{Expect.Describe(PollingTolerance)} tolerance)",
            r => IsEventsAnswerToVen(r) && (r.Body ?? "").Contains(published.Id, StringComparison.Ordinal),
            publication.Seq, publication.Time + limit, Expect.Grace(limit), r => r.From == "Ven");
        published.Retrieval = retrieval;
        ledger.Check(Measurement.Duration($"time from the event's publication (#{publication.Seq}) to its retrieval by the VEN (#{retrieval.Seq})",
                retrieval.Time - publication.Time, limit, LimitKind.AtMost, evidence.Clock.Setting),
            $"deadline t={Expect.Seconds(publication.Time + limit)} s, retrieved at t={Expect.Seconds(retrieval.Time)} s by {retrieval.Summary}");
    }

    [Then("the VEN reports simple level {int} for the event within {duration} of retrieving it")]
    public async Task TheVenReports(int level, TimeSpan within)
    {
        var retrieval = published.Retrieval ?? throw new InvalidOperationException("the event's retrieval has not been checked in this scenario");
        var report = await Expect.MessageAsync(evidence,
            $"a report from the VEN for {published.Describe()} (retrieved at t={Expect.Seconds(retrieval.Time)} s, #{retrieval.Seq}) within {Expect.Describe(within)}",
            r => IsReportFromVen(r) && ReportedEventId(r) == published.Id, retrieval.Seq, retrieval.Time + within, Expect.Grace(within), IsReportFromVen);
        ledger.Check(Measurement.Duration($"time from the event's retrieval (#{retrieval.Seq}) to the VEN's report (#{report.Seq})",
                report.Time - retrieval.Time, within, LimitKind.AtMost, evidence.Clock.Setting),
            $"deadline t={Expect.Seconds(retrieval.Time + within)} s, reported at t={Expect.Seconds(report.Time)} s by {report.Summary}");
        var reported = ReportedLevel(report);
        if (reported != level)
            throw Judge.Fail($"the report for {published.Describe()} to carry SIMPLE_LEVEL {level}",
                $"report #{report.Seq} at t={Expect.Seconds(report.Time)} s carried {(reported is null ? "no SIMPLE_LEVEL value" : $"SIMPLE_LEVEL {reported}")}");
    }

    private static bool IsEventsAnswerToVen(EvidenceRecord r) =>
        r is { Direction: "response", Method: "GET", Status: 200, To: "Ven" } && r.Endpoint.Contains("/events", StringComparison.Ordinal);

    private static bool IsReportFromVen(EvidenceRecord r) =>
        r is { Direction: "request", Method: "POST", From: "Ven" } && r.Endpoint.Contains("/reports", StringComparison.Ordinal);

    private static string? ReportedEventId(EvidenceRecord r) => Parse(r)?.EventId;

    private static int? ReportedLevel(EvidenceRecord r) =>
        Parse(r)?.Resources?.SelectMany(res => res.Intervals ?? []).SelectMany(i => i.Payloads ?? [])
            .Where(p => p.Type == "SIMPLE_LEVEL").SelectMany(p => p.Values ?? [])
            .Select(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : (int?)null).FirstOrDefault();

    /// <summary>What the VEN sent, read leniently: a malformed body is judged by the check that needs it.</summary>
    private static Report? Parse(EvidenceRecord r)
    {
        try { return JsonSerializer.Deserialize<Report>(r.Body ?? "", OpenAdrJson.Options); }
        catch (JsonException) { return null; }
    }
}
