using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Wire;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>OpenADR 3.1 "Report Request": report descriptors on programs and events, the VEN's answer, the business logic's read.</summary>
[Binding]
public sealed partial class ReportRequestSteps(
    GridDomain grid, ProgramDriver programs, PublicationDriver publications, ReportDriver reports, AnswerTrail trail,
    ScenarioCancellation cancellation)
{
    private long _attemptMark;

    /// <summary>{numbers}: "0.12, 0.25 and 0.18".</summary>
    [StepArgumentTransformation(@"(-?\d+(?:\.\d+)?(?:(?:, | and )-?\d+(?:\.\d+)?)*)", Name = "numbers")]
    public static IReadOnlyList<decimal> Numbers(string text) =>
        [.. ListSeparator().Split(text).Select(n => decimal.Parse(n, CultureInfo.InvariantCulture))];

    [Given("the business logic has posted program {string} asking for {word} reports read as {word} in {word}")]
    public Task HasPostedAProgramAskingForReports(string programName, string payloadType, string readingType, string units) =>
        programs.EnsureAsync(new Program
        {
            ProgramName = programName,
            PayloadDescriptors = [new ReportPayloadDescriptor { ObjectType = ObjectTypes.ReportPayloadDescriptor, PayloadType = payloadType,
                ReadingType = readingType, Units = units }],
        });

    [Then("VEN {string} reads program {string} asking for {word} reports read as {word} in {word}")]
    public async Task ReadsTheProgramsReportRequest(string venName, string programName, string payloadType, string readingType, string units)
    {
        var mark = trail.Mark();
        var program = await programs.ReadAsVenAsync(venName, programName);
        var declared = program.PayloadDescriptors?.OfType<ReportPayloadDescriptor>().ToList() ?? [];
        if (!declared.Any(d => d.PayloadType == payloadType && d.ReadingType == readingType && d.Units == units))
            throw Judge.Fail($"program '{programName}' as VEN '{venName}' reads it to ask for {payloadType} reports read as {readingType} in {units}",
                $"its report payload descriptors are [{string.Join(", ", declared.Select(d => $"{d.PayloadType} {d.ReadingType} {d.Units}"))}] " +
                $"{await trail.SinceAsync(mark, AnswerTrail.Ven(venName))}");
    }

    [Given("the business logic has published event {string} in program {string} with hourly prices {numbers}, asking for a report:")]
    [When("the business logic publishes event {string} in program {string} with hourly prices {numbers}, asking for a report:")]
    public Task PublishesPricesWithAReportRequest(string eventName, string programName, IReadOnlyList<decimal> prices, DataTable request) =>
        publications.PublishAsync(eventName,
            ReportRequests.HourlyPrices(programs.Stored(programName).Id!, eventName, prices, grid.Now, Descriptor(request), targets: null));

    [Given("the business logic has published event {string} in program {string} targeted at group {string} with hourly prices {numbers}, asking " +
        "for a report:")]
    [When("the business logic publishes event {string} in program {string} targeted at group {string} with hourly prices {numbers}, asking for a " +
        "report:")]
    public Task PublishesTargetedPricesWithAReportRequest(string eventName, string programName, string group, IReadOnlyList<decimal> prices,
        DataTable request) =>
        publications.PublishAsync(eventName,
            ReportRequests.HourlyPrices(programs.Stored(programName).Id!, eventName, prices, grid.Now, Descriptor(request), [group]));

    [Then("VEN {string} reads event {string} as the business logic published it")]
    public Task ReadsTheEventAsPublished(string venName, string eventName) =>
        publications.ReadAsVenAsync(venName, eventName, new EventSearch(), "polling for events");

    [When("VEN {string} answers the report request of event {string} for resource {string}:")]
    public async Task AnswersTheReportRequest(string venName, string eventName, string resourceName, DataTable readings)
    {
        var id = publications.Stored(eventName).Id!;
        var ven = await grid.HarnessVenAsync(venName, cancellation.Token);
        var evt = await VtnAnswers.Accepted(ven.GetEventAsync(id),
            $"the VTN to give VEN '{venName}' event '{eventName}' (GET /events/{id}) to answer its report request");
        var descriptor = evt.ReportDescriptors?.FirstOrDefault()
            ?? throw Judge.Fail($"event '{eventName}' as VEN '{venName}' read it to carry the business logic's report request",
                "it carried no report descriptor");
        var rows = Readings(readings);
        var selected = ReportRequests.Selected(evt, descriptor).Select(i => i.Id ?? -1).ToList();
        if (!selected.SequenceEqual(rows.Select(r => r.IntervalId)))
            throw Judge.Fail($"the report request of event '{eventName}' as VEN '{venName}' read it " +
                $"(startInterval {Field(descriptor.StartInterval)}, numIntervals {Field(descriptor.NumIntervals)}) to select intervals " +
                $"[{string.Join(", ", rows.Select(r => r.IntervalId))}]",
                $"it selects intervals [{string.Join(", ", selected)}] of the event's " +
                $"[{string.Join(", ", (evt.Intervals ?? []).Select(i => i.Id))}]");
        await reports.SendAsync(venName,
            ReportRequests.Answer(evt, descriptor, venName, resourceName,
                [.. rows.Select(r => (r.IntervalId, ReportRequests.ValueIn(r.Reading, descriptor.Units)))]),
            $"VEN '{venName}''s report on event '{eventName}'");
    }

    [Then("the business logic reads the report of VEN {string} on event {string} as the VEN sent it, with for resource {string}:")]
    public async Task ReadsTheReport(string venName, string eventName, string resourceName, DataTable readings)
    {
        var mark = trail.Mark();
        var report = await reports.ReadBackAsync(venName, eventName, publications.Stored(eventName).Id!);
        var descriptor = report.PayloadDescriptors?.FirstOrDefault();
        var expected = Readings(readings).Select(r => new Interval
        {
            Id = r.IntervalId,
            Payloads = [ValuesMap.Of(descriptor?.PayloadType ?? "", ReportRequests.ValueIn(r.Reading, descriptor?.Units))],
        }).ToList();
        var resource = report.Resources?.FirstOrDefault(r => r.ResourceName == resourceName);
        IReadOnlyList<string> differences = resource is null ? ["no such resource in the report"]
            : WireComparison.Differences(expected, resource.Intervals?.ToList() ?? []);
        if (differences.Count > 0)
            throw Judge.Fail($"report {report.Id} as the business logic reads it to hold, for resource '{resourceName}', the " +
                $"{descriptor?.PayloadType} readings {string.Join(", ", readings.Rows.Select(r => $"{r["reading"]} in interval {r["interval"]}"))}",
                $"{WireComparison.Describe(differences)} {await trail.SinceAsync(mark, AnswerTrail.BusinessLogic)}");
    }

    [When("VEN {string} tries to report on event {string}")]
    public async Task TriesToReport(string venName, string eventName)
    {
        // The VEN cannot read the event: it reports on the id the business logic got, as if it had learned it elsewhere.
        var evt = publications.Stored(eventName);
        _attemptMark = trail.Mark();
        await reports.TrySendAsync(venName, ReportRequests.Answer(evt, evt.ReportDescriptors![0], venName, venName, [(0, 1m)]));
    }

    [Then("the VTN refuses the report of VEN {string}")]
    public async Task RefusesTheReport(string venName)
    {
        var (status, stored) = reports.LastAttempt;
        if (status is >= 400 and < 500) return;
        throw Judge.Fail($"the VTN to refuse VEN '{venName}''s report on an event it may not read (a 4xx answer)",
            $"{(status is null ? $"it accepted it as report {stored?.Id}" : $"it answered {status}")} " +
            $"{await trail.SinceAsync(_attemptMark, AnswerTrail.Ven(venName))}");
    }

    private static string Field(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "absent";

    /// <summary>The report descriptor of a one-row table whose columns name its fields; absent columns stay absent.</summary>
    private static ReportDescriptor Descriptor(DataTable table)
    {
        string[] known = ["payload type", "reading type", "units", "start interval", "number of intervals", "historical", "frequency", "repeat"];
        if (table.Header.FirstOrDefault(h => !known.Contains(h)) is { } unknown)
            throw new FormatException($"report request table: unknown column '{unknown}' (known: {string.Join(", ", known)})");
        if (table.RowCount != 1) throw new FormatException($"report request table: one row expected below the header, found {table.RowCount}");
        var row = table.Rows[0];
        string? Text(string column) => table.Header.Contains(column) ? row[column] : null;
        int? Whole(string column) => Text(column) is not { } v ? null
            : int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : throw new FormatException($"report request table, column '{column}': '{v}' is not a whole number");
        bool? Flag(string column) => Text(column) is not { } v ? null
            : bool.TryParse(v, out var b) ? b
                : throw new FormatException($"report request table, column '{column}': '{v}' is neither true nor false");
        return new ReportDescriptor
        {
            PayloadType = Text("payload type") ?? throw new FormatException("report request table: the 'payload type' column is missing"),
            ReadingType = Text("reading type"),
            Units = Text("units"),
            StartInterval = Whole("start interval"),
            NumIntervals = Whole("number of intervals"),
            Historical = Flag("historical"),
            Frequency = Whole("frequency"),
            Repeat = Whole("repeat"),
        };
    }

    /// <summary>Rows of "interval" (an event interval id) and "reading" ("1.5 kWh").</summary>
    private static List<(int IntervalId, string Reading)> Readings(DataTable table) =>
        [.. table.Rows.Select(r => (int.TryParse(r["interval"], CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new FormatException($"readings table: interval '{r["interval"]}' is not an interval id"), r["reading"]))];

    [GeneratedRegex(", | and ")]
    private static partial Regex ListSeparator();
}
