using Conformance.Evidence.Log;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Steps.Tests;

/// <summary>
/// A customer's energy manager whose behaviour each test writes: the messages it "sends" are appended to the evidence at
/// the run times the test chooses, so the steps judge them exactly as they judge a real one's.
/// </summary>
internal sealed class ScriptedCustomerEnergyManager(EvidenceLog evidence, TimeSpan retrievalInterval) : ICustomerEnergyManager
{
    public string Name => "scripted-ven";
    public TimeSpan RetrievalInterval => retrievalInterval;

    /// <summary>What arrives when a step starts watching: the receipt and the report records, or nothing.</summary>
    public Func<SignalHandle, EvidenceRecord?> Receipt { get; set; } = _ => null;
    public Func<SignalHandle, (EvidenceRecord Record, CemReport Report)?> Report { get; set; } = _ => null;

    public bool EnrollsItself { get; set; }

    /// <summary>What it said about the exchanges it had when nothing matched (a binding's account of them), if anything.</summary>
    public string? Account { get; set; }

    public Task JoinAsync(CancellationToken ct)
    {
        Records.Message(evidence, "join", "Ven", "Vtn");
        return Task.CompletedTask;
    }

    public Task<Observation<SignalReceipt>> ReceiptOfAsync(SignalHandle signal, Watch watch, CancellationToken ct) =>
        Task.FromResult(Receipt(signal) is { } record
            ? Observation<SignalReceipt>.Of(new SignalReceipt(signal), record)
            : Observation<SignalReceipt>.Missing([.. evidence.Snapshot().Where(r => r.Seq > watch.AfterSeq && r.From == "Ven")]) with
            {
                Account = Account,
            });

    public Task<Observation<CemReport>> ReportOnAsync(SignalHandle signal, Watch watch, CancellationToken ct) =>
        Task.FromResult(Report(signal) is { } sent
            ? Observation<CemReport>.Of(sent.Report, sent.Record)
            : Observation<CemReport>.Missing([.. evidence.Snapshot().Where(r => r.Seq > watch.AfterSeq && r.From == "Ven")]));
}

/// <summary>A provider that accepts every signal at once, recording the acceptance.</summary>
internal sealed class AcceptingProvider(EvidenceLog evidence) : IEnergyServiceProvider
{
    public Task EnsureProgramAsync(string program, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The energy managers it enrolled out of band, in order.</summary>
    public List<string> Enrolled { get; } = [];

    public Task EnrollAsync(ICustomerEnergyManager cem, CancellationToken ct)
    {
        Enrolled.Add(cem.Name);
        Records.Message(evidence, "enroll", "Vtn", "BusinessLogic");
        return Task.CompletedTask;
    }

    public Task<Observation<SignalHandle>> PublishAsync(GridSignal signal, CancellationToken ct) =>
        Task.FromResult(Observation<SignalHandle>.Of(
            new SignalHandle(signal, "signal-1"), Records.Message(evidence, "publish", "Vtn", "BusinessLogic")));
}

internal static class Records
{
    public static EvidenceRecord Message(EvidenceLog evidence, string what, string from, string to, string? body = null) =>
        evidence.Append(new EvidenceRecord
        {
            Direction = Directions.Response,
            From = from,
            To = to,
            Binding = "scripted",
            Http = new HttpDetail { Method = "GET", Target = $"/{what}", Status = 200 },
            Body = body,
        });
}
