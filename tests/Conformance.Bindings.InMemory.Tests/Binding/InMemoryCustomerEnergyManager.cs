using System.Text.Json;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Bindings.InMemory.Tests.Binding;

/// <summary>
/// A customer's energy manager in memory: once joined, it fetches the VTN's signals every retrieval interval on the run
/// clock, and reports the level it applies on each new signal that asks for it.
/// </summary>
internal sealed class InMemoryCustomerEnergyManager(InMemoryWire wire, InMemoryVtn vtn, RunClock clock, TimeSpan retrievalInterval)
    : ICustomerEnergyManager, IAsyncDisposable
{
    public const string Role = "Ven";

    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<string> _seen = [];
    private Task? _polling;

    public string Name => "in-memory-cem";

    public TimeSpan RetrievalInterval => retrievalInterval;

    /// <summary>It joins the domain by itself (<see cref="JoinAsync"/>), as a VEN that creates its own ven object does.</summary>
    public bool EnrollsItself => true;

    public Task JoinAsync(CancellationToken ct)
    {
        wire.Call(Role, "Vtn", "domain/join", new { name = Name }, () => Name);
        _polling ??= PollAsync(_stop.Token);
        return Task.CompletedTask;
    }

    public Task<Observation<SignalReceipt>> ReceiptOfAsync(SignalHandle signal, Watch watch, CancellationToken ct) =>
        Expect.WatchAsync(wire.Evidence,
            r => r is { Direction: Directions.Response, To: Role } && InMemoryWire.Is(r, "signals/poll") && Carries(r, signal.Id),
            watch, FromHere, _ => new SignalReceipt(signal), ct);

    public Task<Observation<CemReport>> ReportOnAsync(SignalHandle signal, Watch watch, CancellationToken ct) =>
        Expect.WatchAsync(wire.Evidence,
            r => r is { Direction: Directions.Response, To: Role } && InMemoryWire.Is(r, "reports/send") && Carries(r, signal.Id),
            watch, FromHere, r => Read(signal, r), ct);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_polling is not null) await _polling.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(retrievalInterval, clock.Time);
        do
        {
            // Busy while it polls and reports, so a virtual clock does not move on in between.
            using var busy = clock.Activity.BeginActivity();
            var (_, _, signals) = wire.Call(Role, "Vtn", "signals/poll", null, vtn.Signals);
            foreach (var signal in signals.Where(s => _seen.Add(s.Id) && s.Reply == ReplyKind.AppliedLevel))
            {
                var report = new ReportMessage(signal.Id, ReplyKind.AppliedLevel, [signal.Values[0]]);
                wire.Call(Role, "Vtn", "reports/send", report, () => vtn.TakeReport(report) ? report : null);
            }
        }
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false));
    }

    private static bool FromHere(EvidenceRecord r) => r.From == Role || r.To == Role;

    private static bool Carries(EvidenceRecord r, string signalId) => (r.Body ?? "").Contains($"\"{signalId}\"", StringComparison.Ordinal);

    /// <summary>The VTN's answer to a report is the report it took, or null when it refused it.</summary>
    private static CemReport Read(SignalHandle signal, EvidenceRecord answer)
    {
        var taken = JsonDocument.Parse(answer.Body ?? "{}").RootElement.GetProperty("content").Deserialize<ReportMessage?>(EvidenceLog.JsonOptions);
        return new CemReport(signal, ReplyKind.AppliedLevel, taken?.Values ?? [], $"level [{string.Join(", ", taken?.Values ?? [])}]",
            AcceptedByVtn: taken is not null, VtnAnswer: answer.Summary);
    }
}
