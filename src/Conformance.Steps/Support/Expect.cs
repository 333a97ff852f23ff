using System.Globalization;
using Conformance.Evidence.Log;
using Conformance.Model.Quantities;
using Conformance.Model.Verdicts;

namespace Conformance.Steps.Support;

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

    public static async Task<EvidenceRecord> MessageAsync(EvidenceLog evidence, string expected, Func<EvidenceRecord, bool> match,
        long afterSeq, TimeSpan deadline, TimeSpan grace, Func<EvidenceRecord, bool> related)
    {
        var found = await evidence.WaitForAsync(match, afterSeq, deadline + grace - evidence.Clock.Elapsed, CancellationToken.None);
        if (found is not null) return found;
        var others = evidence.Snapshot().Where(r => r.Seq > afterSeq && related(r)).ToList();
        var actual = others.Count == 0
            ? $"nothing of the kind came by t={Seconds(deadline + grace)} s"
            : $"only these came by t={Seconds(deadline + grace)} s: {string.Join("; ", others.TakeLast(5).Select(r => r.Summary))}";
        throw Judge.Fail($"{expected} by t={Seconds(deadline)} s", actual);
    }

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.000000", CultureInfo.InvariantCulture);

    public static string Describe(TimeSpan t) => Durations.Format(t);
}
