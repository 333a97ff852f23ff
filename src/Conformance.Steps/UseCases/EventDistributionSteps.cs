using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;
using Conformance.Steps.Support;
using Reqnroll;

namespace Conformance.Steps.UseCases;

/// <summary>IEC TS 62746-3 VTN-initiated events: the VTN publishes, the VEN retrieves and acts.</summary>
[Binding]
public sealed class EventDistributionSteps(
    IEnergyServiceProvider provider, ICustomerEnergyManager cem, EvidenceLog evidence, ScenarioLedger ledger, PublishedSignal published,
    ScenarioCancellation cancellation)
{
    [When("the VTN publishes event {string} in program {string} at simple level {int}")]
    public async Task TheVtnPublishesAnEvent(string eventName, string programName, int level)
    {
        var signal = new GridSignal(eventName, programName, SignalKind.DispatchLevel,
            [new SignalInterval(evidence.Clock.Time.GetUtcNow(), TimeSpan.FromHours(1), level)], Unit: null,
            new ReplyRequest(ReplyKind.AppliedLevel));
        var publication = await provider.PublishAsync(signal, cancellation.Token);
        (published.Handle, published.Publication) = (publication.Value, publication.Record);
    }

    [Then("the VEN retrieves the event within its polling interval")]
    public async Task TheVenRetrievesTheEvent() =>
        published.Receipt = await Retrieval.JudgeAsync(
            cem, evidence, ledger, published.Signal, published.Publication!, published.Describe(), cancellation.Token);

    [Then("the VEN reports simple level {int} for the event within {duration} of retrieving it")]
    public async Task TheVenReports(int level, TimeSpan within)
    {
        var retrieval = published.Receipt ?? throw new InvalidOperationException("the event's retrieval has not been checked in this scenario");
        var deadline = retrieval.Time + within;
        var observed = await cem.ReportOnAsync(published.Signal, Watch.After(retrieval, deadline + Expect.Grace(within)), cancellation.Token);
        var report = Expect.Seen(observed,
            $"a report from the VEN for {published.Describe()} (retrieved at t={Expect.Seconds(retrieval.Time)} s, #{retrieval.Seq}) " +
            $"within {Expect.Describe(within)}",
            deadline, Expect.Grace(within));
        ledger.Check(Measurement.Duration($"time from the event's retrieval (#{retrieval.Seq}) to the VEN's report (#{report.Seq})",
                report.Time - retrieval.Time, within, LimitKind.AtMost, evidence.Clock.Setting),
            $"deadline t={Expect.Seconds(deadline)} s, reported at t={Expect.Seconds(report.Time)} s by {report.Summary}");
        var sent = observed.Value!;
        // The event-distribution decision: a report the VTN refused does not count, so its refusal is the VEN's failure.
        if (!sent.AcceptedByVtn)
            throw Judge.Fail($"the VTN to accept the VEN's report #{report.Seq} for {published.Describe()} (a refused report does not count)",
                $"the VTN's answer: {sent.VtnAnswer}; the VEN sent {sent.Sent}");
        if (!sent.Values.Contains(level))
            throw Judge.Fail($"the report for {published.Describe()} to carry the applied level {level}",
                $"report #{report.Seq} at t={Expect.Seconds(report.Time)} s carried {sent.Sent}");
    }
}
