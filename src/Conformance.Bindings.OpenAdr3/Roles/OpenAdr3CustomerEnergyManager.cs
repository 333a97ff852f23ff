using System.Text.Json;
using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Bindings.OpenAdr3.Recording;
using Conformance.Evidence.Log;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Bindings.OpenAdr3.Roles;

/// <summary>
/// The customer's energy manager on OpenADR 3.1: a VEN that polls the VTN (the harness's reference VEN, or the VEN under
/// test), watched on the wire. It receives a signal in the VTN's answer to its GET /events and replies with POST /reports.
/// </summary>
public sealed class OpenAdr3CustomerEnergyManager(GridDomain grid, EvidenceLog evidence) : ICustomerEnergyManager
{
    public string Name => grid.Ven.VenName;

    public TimeSpan RetrievalInterval => grid.Ven.PollingInterval;

    /// <summary>Its first exchange about its ven object: created (201) or found by its name (200).</summary>
    public async Task<Observation<string>> JoinAsync(Watch watch, CancellationToken ct)
    {
        await grid.StartVenAsync(ct);
        return await Expect.WatchAsync(evidence,
            r => r.IsAnswerTo(OpenAdrEvidence.Ven, "POST", "/vens", 201)
                || r.IsAnswerTo(OpenAdrEvidence.Ven, "GET", "/vens", 200) && r.Carries($"\"{Name}\""),
            watch, FromVen, _ => Name, ct);
    }

    public Task<Observation<SignalReceipt>> ReceiptOfAsync(SignalHandle signal, Watch watch, CancellationToken ct) =>
        Expect.WatchAsync(evidence, r => r.IsAnswerTo(OpenAdrEvidence.Ven, "GET", "/events", 200) && r.Carries(signal.Id),
            watch, FromVen, _ => new SignalReceipt(signal), ct);

    public async Task<Observation<CemReport>> ReportOnAsync(SignalHandle signal, Watch watch, CancellationToken ct)
    {
        var observed = await Expect.WatchAsync(evidence, r => IsReportFromVen(r) && Parse(r)?.EventId == signal.Id,
            watch, IsReportFromVen,
            r => new CemReport(signal, signal.Signal.Reply?.What ?? ReplyKind.AppliedLevel, ReportedValues(r), AcceptedByVtn: false), ct);
        if (observed.Record is not { } request) return observed;
        // The report counts only if the VTN took it: its answer to this request, waited for as long as the watch allows.
        var answer = await evidence.WaitForAsync(r => r.IsAnswerTo(request), request.Seq, watch.Until - evidence.Clock.Elapsed, ct);
        return observed with { Value = observed.Value! with { AcceptedByVtn = answer?.Http?.Status is >= 200 and < 300 } };
    }

    private static bool FromVen(EvidenceRecord r) => r.From == OpenAdrEvidence.Ven;

    private static bool IsReportFromVen(EvidenceRecord r) => r.IsRequest("POST", "/reports", from: OpenAdrEvidence.Ven);

    /// <summary>The SIMPLE_LEVEL values reported, as numbers (1 and 1.0 alike); what is not a number is left out.</summary>
    private static IReadOnlyList<decimal> ReportedValues(EvidenceRecord r) =>
        [.. Parse(r)?.Resources?.SelectMany(res => res.Intervals ?? []).SelectMany(i => i.Payloads ?? [])
            .Where(p => p.Type == "SIMPLE_LEVEL").SelectMany(p => p.Values ?? [])
            .Where(v => v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out _)).Select(v => v.GetDecimal()) ?? []];

    /// <summary>What the VEN sent, read leniently: a malformed body is judged by the check that needs it.</summary>
    private static Report? Parse(EvidenceRecord r)
    {
        try { return JsonSerializer.Deserialize<Report>(r.Body ?? "", OpenAdrJson.Options); }
        catch (JsonException) { return null; }
    }
}
