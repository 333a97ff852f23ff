using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Evidence.Clock;

namespace Conformance.Evidence.Log;

/// <summary>
/// The run's append-only evidence: every message the harness sends or receives becomes one JSON line, written and
/// flushed before anyone judges it, so a crash mid-run loses nothing already seen. Steps wait on it for a message
/// to arrive, always with a deadline on the run clock.
/// </summary>
public sealed class EvidenceLog : IDisposable
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock _gate = new();
    private readonly List<EvidenceRecord> _records = [];
    private readonly StreamWriter? _writer;
    private TaskCompletionSource _appended = NewSignal();

    /// <param name="path">The evidence.jsonl file, or null to keep the evidence in memory only.</param>
    public EvidenceLog(RunClock clock, string? path)
    {
        Clock = clock;
        if (path is null) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    public RunClock Clock { get; }

    /// <summary>The id of the scenario now running; stamped on every record appended meanwhile (the run sets it).</summary>
    public string? CurrentScenario { get; set; }

    /// <summary>
    /// Raised after each record is written, on the thread that appended it, so a progress display can show messages
    /// as they happen. A handler must be quick and must not throw: it runs inside a server's request or a step.
    /// </summary>
    public event Action<EvidenceRecord>? Appended;

    public EvidenceRecord Append(EvidenceRecord draft)
    {
        TaskCompletionSource signal;
        EvidenceRecord record;
        lock (_gate)
        {
            var elapsed = Clock.Elapsed;
            record = draft with
            {
                Seq = _records.Count + 1,
                T = Math.Round(elapsed.TotalSeconds, 6),
                At = Clock.UtcAt(elapsed),
                Scenario = CurrentScenario,
            };
            _records.Add(record);
            _writer?.WriteLine(JsonSerializer.Serialize(record, JsonOptions));
            (signal, _appended) = (_appended, NewSignal());
        }
        signal.TrySetResult();
        Appended?.Invoke(record);
        return record;
    }

    public IReadOnlyList<EvidenceRecord> Snapshot()
    {
        lock (_gate) return [.. _records];
    }

    public IReadOnlyList<EvidenceRecord> ForScenario(string scenarioId)
    {
        lock (_gate) return _records.Where(r => r.Scenario == scenarioId).ToList();
    }

    /// <summary>
    /// The first record after <paramref name="afterSeq"/> that matches, waiting for it until <paramref name="timeout"/>
    /// has passed on the run clock. Null when none came in time: the caller judges what that means.
    /// </summary>
    public async Task<EvidenceRecord?> WaitForAsync(Func<EvidenceRecord, bool> match, long afterSeq, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Clock.Elapsed + timeout;
        while (true)
        {
            Task appended;
            lock (_gate)
            {
                for (var i = (int)Math.Max(afterSeq, 0); i < _records.Count; i++)
                    if (match(_records[i])) return _records[i];
                appended = _appended.Task;
            }
            var remaining = deadline - Clock.Elapsed;
            if (remaining <= TimeSpan.Zero) return null;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var timer = Task.Delay(remaining, Clock.Time, wake.Token);
            await Task.WhenAny(appended, timer).ConfigureAwait(false);
            await wake.CancelAsync().ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }
    }

    public void Dispose()
    {
        lock (_gate) _writer?.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
