using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.Execution;
using Conformance.Model.Verdicts;
using Conformance.Roles.Signals;
using Conformance.Steps.UseCases;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Steps.Tests;

/// <summary>
/// The use-case steps of IEC TS 62746-3 event distribution, judged against a scripted energy manager on a virtual clock:
/// each failure names what was expected, by when, and what came (with its evidence number).
/// </summary>
public sealed class EventDistributionStepsTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private FakeTimeProvider _time = null!;
    private EvidenceLog _evidence = null!;
    private ScriptedCustomerEnergyManager _cem = null!;
    private ScenarioLedger _ledger = null!;
    private EventDistributionSteps _steps = null!;

    [SetUp]
    public void Start()
    {
        _time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-04T10:00:00Z"));
        _evidence = new EvidenceLog(new RunClock(ClockSetting.Real, _time), path: null);
        _cem = new ScriptedCustomerEnergyManager(_evidence, Interval);
        _ledger = new ScenarioLedger("f.feature:3", "F: S");
        _steps = new EventDistributionSteps(
            new AcceptingProvider(_evidence), _cem, _evidence, _ledger, new PublishedSignal(), new ScenarioCancellation());
    }

    [TearDown]
    public void Stop() => _evidence.Dispose();

    [Test]
    public async Task A_retrieval_within_the_interval_passes_and_is_measured()
    {
        await _steps.TheVtnPublishesAnEvent("Shed", "DR", 1);
        _cem.Receipt = _ => After(TimeSpan.FromSeconds(4), "poll");

        await _steps.TheVenRetrievesTheEvent();

        _ledger.Measurements.Should().ContainSingle().Which.Should()
            .Match<Measurement>(m => m.Satisfied && Math.Abs(m.Value - 4) < 1e-6 && Math.Abs(m.Limit - 10.25) < 1e-6);
    }

    [Test]
    public async Task A_late_retrieval_fails_with_the_deadline_and_the_time_it_came()
    {
        await _steps.TheVtnPublishesAnEvent("Shed", "DR", 1);
        _cem.Receipt = _ => After(TimeSpan.FromSeconds(12), "poll");

        var failure = await FluentActions.Awaiting(_steps.TheVenRetrievesTheEvent).Should().ThrowAsync<VerdictException>();

        failure.Which.Verdict.Should().Be(Verdict.Fail);
        failure.Which.Message.Should().MatchRegex(@"expected at most 10\.25 s, measured 12 s")
            .And.MatchRegex(@"deadline t=10\.250000 s, retrieved at t=12\.000000 s by #2 ");
    }

    [Test]
    public async Task No_retrieval_fails_naming_the_event_and_what_came_instead()
    {
        await _steps.TheVtnPublishesAnEvent("Shed", "DR", 1);
        Records.Message(_evidence, "something else", "Ven", "Vtn");

        var failure = await FluentActions.Awaiting(_steps.TheVenRetrievesTheEvent).Should().ThrowAsync<VerdictException>();

        failure.Which.Message.Should().StartWith("Expected the VEN to retrieve event 'Shed' (id signal-1), published at t=0.000000 s (#1)")
            .And.Contain("but only these came by t=20.500000 s: #2 ");
    }

    [Test]
    public async Task No_retrieval_shows_the_answers_the_ven_got()
    {
        await _steps.TheVtnPublishesAnEvent("Shed", "DR", 1);
        _cem.Account = "the VEN's requests to the VTN and its answers: GET /events 3 times (#2..#6), every one answered 401 (#3: invalid token)";

        var failure = await FluentActions.Awaiting(_steps.TheVenRetrievesTheEvent).Should().ThrowAsync<VerdictException>();

        failure.Which.Message.Should().EndWith("nothing of the kind came by t=20.500000 s; " + _cem.Account);
    }

    [Test]
    public async Task A_report_with_another_level_fails_quoting_what_was_sent()
    {
        await RetrievedAsync();
        _cem.Report = signal => (After(TimeSpan.FromSeconds(1), "report"), Report(signal, [2m], "SIMPLE_LEVEL [2]"));

        var failure = await FluentActions.Awaiting(() => _steps.TheVenReports(1, TimeSpan.FromSeconds(4))).Should().ThrowAsync<VerdictException>();

        failure.Which.Message.Should().Be(
            "Expected the report for event 'Shed' (id signal-1) to carry the applied level 1, " +
            "but report #3 at t=2.000000 s carried SIMPLE_LEVEL [2]");
    }

    [Test]
    public async Task A_level_sent_as_a_decimal_counts_as_the_same_level()
    {
        await RetrievedAsync();
        _cem.Report = signal => (After(TimeSpan.FromSeconds(1), "report"), Report(signal, [1.0m], "SIMPLE_LEVEL [1.0]"));

        await _steps.TheVenReports(1, TimeSpan.FromSeconds(4));
    }

    [Test]
    public async Task A_report_the_vtn_refused_fails_quoting_its_answer_and_what_was_sent()
    {
        await RetrievedAsync();
        _cem.Report = signal => (After(TimeSpan.FromSeconds(1), "report"),
            Report(signal, [1m], "SIMPLE_LEVEL [1]") with
            {
                AcceptedByVtn = false,
                VtnAnswer = "#4 POST /reports (Vtn -> Ven) 400: Bad Request: clientName",
            });

        var failure = await FluentActions.Awaiting(() => _steps.TheVenReports(1, TimeSpan.FromSeconds(4))).Should().ThrowAsync<VerdictException>();

        failure.Which.Verdict.Should().Be(Verdict.Fail);
        failure.Which.Message.Should().Be("Expected the VTN to accept the VEN's report #3 for event 'Shed' (id signal-1) (a refused report does " +
            "not count), but the VTN's answer: #4 POST /reports (Vtn -> Ven) 400: Bad Request: clientName; the VEN sent SIMPLE_LEVEL [1]");
    }

    private static CemReport Report(SignalHandle signal, IReadOnlyList<decimal> values, string sent) =>
        new(signal, ReplyKind.AppliedLevel, values, sent, AcceptedByVtn: true, VtnAnswer: "#4 POST /reports (Vtn -> Ven) 201");

    private async Task RetrievedAsync()
    {
        await _steps.TheVtnPublishesAnEvent("Shed", "DR", 1);
        _cem.Receipt = _ => After(TimeSpan.FromSeconds(1), "poll");
        await _steps.TheVenRetrievesTheEvent();
    }

    /// <summary>The energy manager's message, arriving that much later on the run clock.</summary>
    private EvidenceRecord After(TimeSpan delay, string what)
    {
        _time.Advance(delay);
        return Records.Message(_evidence, what, "Vtn", "Ven");
    }
}
