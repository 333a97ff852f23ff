using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Bindings.OpenAdr3.Roles;

/// <summary>
/// The customer's energy manager on OpenADR 3.1: a VEN that polls the VTN (the harness's reference VEN, or the VEN under
/// test), watched on the wire. It receives a signal in the VTN's answer to its GET /events and replies with POST /reports.
/// </summary>
/// <param name="enrollsItself">The VEN declares <see cref="VenProvisioning.SelfEnrollment"/> (always so for the reference VEN).</param>
public sealed class OpenAdr3CustomerEnergyManager(GridDomain grid, EvidenceLog evidence, bool enrollsItself) : ICustomerEnergyManager
{
    /// <summary>How long past the watch the VTN's answer to a report is waited for: a response is recorded once complete.</summary>
    private static readonly TimeSpan AnswerLag = TimeSpan.FromSeconds(2);

    public string Name => grid.Ven.VenName;

    public TimeSpan RetrievalInterval => grid.Ven.PollingInterval;

    public bool EnrollsItself => enrollsItself;

    public Task JoinAsync(CancellationToken ct) => grid.StartVenAsync(ct);

    public async Task<Observation<SignalReceipt>> ReceiptOfAsync(SignalHandle signal, Watch watch, CancellationToken ct) =>
        WithAccount(await Expect.WatchAsync(evidence, r => r.IsAnswerTo(OpenAdrEvidence.Ven, "GET", "/events", 200) && r.Carries(signal.Id),
            watch, FromVen, _ => new SignalReceipt(signal), ct), watch);

    /// <summary>
    /// The first report on the event that answers its report descriptor (a payload of the descriptor's payloadType), with the
    /// VTN's answer to it: a report counts only if the VTN took it. Other reports on the event are related messages.
    /// </summary>
    public async Task<Observation<CemReport>> ReportOnAsync(SignalHandle signal, Watch watch, CancellationToken ct)
    {
        var what = signal.Signal.Reply?.What ?? ReplyKind.AppliedLevel;
        var payloadType = OpenAdrEvents.ReportPayloadType(what);
        var observed = await Expect.WatchAsync(evidence,
            r => IsReportFromVen(r) && ReportedPayloads(r, signal.Id, payloadType) is not null,
            watch, r => IsReportFromVen(r) || r.IsAnswerTo(OpenAdrEvidence.Ven, "POST", "/reports"),
            r => ReportedPayloads(r, signal.Id, payloadType) is { } values
                ? new CemReport(signal, what, Numbers(values), $"{payloadType} {Quote(values)}", AcceptedByVtn: false, VtnAnswer: "")
                : null, ct);
        if (observed.Record is not { } request) return WithAccount(observed, watch);
        var remaining = watch.Until - evidence.Clock.Elapsed;
        var answer = await evidence.WaitForAsync(r => r.IsAnswerTo(request), request.Seq,
            (remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero) + AnswerLag, ct);
        var answered = answer is null ? $"none came to request #{request.Seq}"
            : VenExchanges.Problem(answer) is { } problem ? $"{answer.Summary}: {problem}" : answer.Summary;
        return observed with { Value = observed.Value! with { AcceptedByVtn = answer?.Http?.Status is >= 200 and < 300, VtnAnswer = answered } };
    }

    /// <summary>What the VEN sent and the answers it got while watched, in one line: a VEN told 401 or 400 is shown so.</summary>
    private Observation<T> WithAccount<T>(Observation<T> observation, Watch watch) where T : class => observation.Record is null
        ? observation with { Account = VenExchanges.Describe(evidence.Snapshot().Where(r => r.Seq > watch.AfterSeq)) }
        : observation;

    private static bool FromVen(EvidenceRecord r) => r.From == OpenAdrEvidence.Ven;

    private static bool IsReportFromVen(EvidenceRecord r) => r.IsRequest("POST", "/reports", from: OpenAdrEvidence.Ven);

    /// <summary>
    /// The values of every payload of <paramref name="payloadType"/> in a report on the event, read leniently from the body
    /// as sent (a body that is no report, or a report on another event or without such a payload, gives null).
    /// </summary>
    private static IReadOnlyList<JsonNode?>? ReportedPayloads(EvidenceRecord r, string eventId, string payloadType)
    {
        JsonNode? report;
        try { report = JsonNode.Parse(r.Body ?? ""); }
        catch (JsonException) { return null; }
        if (report is not JsonObject || Text(report["eventID"]) != eventId) return null;
        var payloads = Items(report["resources"]).SelectMany(res => Items(res?["intervals"])).SelectMany(i => Items(i?["payloads"]))
            .Where(p => Text(p?["type"]) == payloadType).ToList();
        return payloads.Count == 0 ? null : [.. payloads.SelectMany(p => Items(p?["values"]))];
    }

    private static IEnumerable<JsonNode?> Items(JsonNode? node) => node as JsonArray ?? [];

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The values that are numbers, as numbers: 1 and 1.0 are the same level.</summary>
    private static IReadOnlyList<decimal> Numbers(IReadOnlyList<JsonNode?> values) =>
        [.. values.Select(v => v is JsonValue value && value.GetValueKind() == JsonValueKind.Number
                && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? (decimal?)d : null)
            .OfType<decimal>()];

    private static string Quote(IReadOnlyList<JsonNode?> values) => $"[{string.Join(", ", values.Select(v => v?.ToJsonString() ?? "null"))}]";
}
