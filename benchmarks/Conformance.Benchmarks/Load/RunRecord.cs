using System.Diagnostics;

namespace Conformance.Benchmarks.Load;

/// <summary>
/// What one worker saw in the measured window, kept unshared so recording costs no locking.
/// A request is measured when its start (closed loop: sent, open loop: scheduled) lies in the window.
/// </summary>
internal sealed class RunRecord(long measureFrom, long measureUntil, int expectedBodyLength)
{
    private readonly List<long> latencies = new(capacity: 16 * 1024);

    public IReadOnlyList<long> Latencies => latencies;

    public int Errors { get; private set; }

    public string? FirstError { get; private set; }

    public int Unfinished { get; private set; }

    public bool Measures(long startedAt) => startedAt >= measureFrom && startedAt < measureUntil;

    public void Answered(long startedAt, ResponseSummary response)
    {
        if (!Measures(startedAt)) return;
        if (response.Status == 200 && response.BodyLength == expectedBodyLength) latencies.Add(Stopwatch.GetTimestamp() - startedAt);
        else Failed(startedAt, $"status {response.Status}, body of {response.BodyLength} bytes (expected 200, {expectedBodyLength} bytes)");
    }

    public void Failed(long startedAt, string error)
    {
        if (!Measures(startedAt)) return;
        Errors++;
        FirstError ??= error;
    }

    public void GaveUp(long startedAt)
    {
        if (Measures(startedAt)) Unfinished++;
    }
}
