using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.Verdicts;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Steps.Support;

/// <summary>
/// Judges that a signal reached the customer's energy manager within its declared retrieval (polling) interval, from the
/// VTN's acceptance of the signal to the first message that carried it: IEC TS 62746-3 event distribution, and every
/// use case that sends the CEM information through the VTN.
/// </summary>
public static class Retrieval
{
    /// <summary>
    /// Allowed beyond the interval for timer jitter and one request's transit. Both happen on the wall clock, so in scaled
    /// time the allowance is that many times longer in run time; in virtual time there is no jitter, but the same allowance
    /// keeps the verdicts those of real time.
    /// </summary>
    public static TimeSpan Tolerance(ClockSetting clock) =>
        clock.Mode == TimeMode.Scaled ? WallClockTolerance * clock.Factor : WallClockTolerance;

    public static readonly TimeSpan WallClockTolerance = TimeSpan.FromMilliseconds(250);

    /// <param name="what">The signal in the feature's words, e.g. "event 'Shed' (id 42)".</param>
    /// <returns>The record of the first message that carried the signal to the energy manager.</returns>
    public static async Task<EvidenceRecord> JudgeAsync(ICustomerEnergyManager cem, EvidenceLog evidence, ScenarioLedger ledger,
        SignalHandle signal, EvidenceRecord publication, string what, CancellationToken ct)
    {
        var tolerance = Tolerance(evidence.Clock.Setting);
        var limit = cem.RetrievalInterval + tolerance;
        var deadline = publication.Time + limit;
        var receipt = await cem.ReceiptOfAsync(signal, Watch.After(publication, deadline + Expect.Grace(limit)), ct);
        var record = Expect.Seen(receipt,
            $"the VEN to retrieve {what}, published at t={Expect.Seconds(publication.Time)} s (#{publication.Seq}), " +
            $"within its polling interval of {Expect.Describe(cem.RetrievalInterval)} (+{Expect.Describe(tolerance)} tolerance)",
            deadline, Expect.Grace(limit));
        ledger.Check(Measurement.Duration($"time from the publication of {what} (#{publication.Seq}) to its retrieval by the VEN (#{record.Seq})",
                record.Time - publication.Time, limit, LimitKind.AtMost, evidence.Clock.Setting),
            $"deadline t={Expect.Seconds(deadline)} s, retrieved at t={Expect.Seconds(record.Time)} s by {record.Summary}");
        return record;
    }
}
