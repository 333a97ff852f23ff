using System.Globalization;
using Conformance.Evidence.Log;
using Conformance.Model.Quantities;
using Conformance.Model.Verdicts;

namespace Conformance.Roles.Observations;

/// <summary>
/// Waits for a message in the evidence, bounded by a deadline on the run clock, and words the failure the same
/// way every time: what was expected by when, and what came instead (with its time and evidence number).
/// </summary>
public static class Expect
{
    /// <summary>How long past a deadline the harness keeps looking, so that a late message is reported as late
    /// (with its time) rather than as missing. Bounded by <see cref="MaxGrace"/>.</summary>
    public static TimeSpan Grace(TimeSpan limit) => limit < MaxGrace ? limit : MaxGrace;

    public static readonly TimeSpan MaxGrace = TimeSpan.FromSeconds(30);

    /// <summary>Waits for a matching message and words the failure when none came; see <see cref="WatchAsync"/> and <see cref="Seen"/>.</summary>
    public static async Task<EvidenceRecord> MessageAsync(EvidenceLog evidence, string expected, Func<EvidenceRecord, bool> match,
        long afterSeq, TimeSpan deadline, TimeSpan grace, Func<EvidenceRecord, bool> related, CancellationToken ct = default)
    {
        var observed = await WatchAsync(evidence, match, new Watch(afterSeq, deadline + grace), related, r => r, ct);
        return Seen(observed, expected, deadline, grace);
    }

    /// <summary>
    /// The first message after the watch's start that matches and reads as a <typeparamref name="T"/>, waited for until the
    /// watch's end on the run clock; when none came, the last few <paramref name="related"/> messages instead.
    /// </summary>
    public static async Task<Observation<T>> WatchAsync<T>(EvidenceLog evidence, Func<EvidenceRecord, bool> match, Watch watch,
        Func<EvidenceRecord, bool> related, Func<EvidenceRecord, T?> read, CancellationToken ct) where T : class
    {
        var found = await evidence.WaitForAsync(r => match(r) && read(r) is not null, watch.AfterSeq, watch.Until - evidence.Clock.Elapsed, ct);
        return found is not null
            ? Observation<T>.Of(read(found)!, found)
            : Observation<T>.Missing([.. evidence.Snapshot().Where(r => r.Seq > watch.AfterSeq && related(r)).TakeLast(5)]);
    }

    /// <summary>
    /// The observation's record, or the failure worded the same way every time: what was expected by the deadline, and
    /// what came instead by the end of the grace period (with times and evidence numbers).
    /// </summary>
    public static EvidenceRecord Seen<T>(Observation<T> observation, string expected, TimeSpan deadline, TimeSpan grace) where T : class
    {
        if (observation.Record is { } record) return record;
        var actual = observation.Related.Count == 0
            ? $"nothing of the kind came by t={Seconds(deadline + grace)} s"
            : $"only these came by t={Seconds(deadline + grace)} s: {string.Join("; ", observation.Related.Select(r => r.Summary))}";
        if (observation.Account is { } account) actual += $"; {account}";
        throw Judge.Fail($"{expected} by t={Seconds(deadline)} s", actual);
    }

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000000", CultureInfo.InvariantCulture);

    public static string Describe(TimeSpan t) => Durations.Format(t);
}
