using System.Text.Json;
using Conformance.Harness.Selection;
using Conformance.Harness.Tests.Fakes;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;

namespace Conformance.Harness.Tests;

/// <summary>Scenarios ruled out by their tags are not run, with the reason in the result and in every report.</summary>
public class GatingTests
{
    [Test]
    public async Task Binding_role_and_capability_tags_decide_what_runs_with_the_reason_in_the_reports()
    {
        var run = await ConformanceRun.ExecuteAsync(Runs.Plan("gating", Runs.FakeVen("Fake VEN")));

        run.Report.Scenarios.Select(s => (s.Scenario.Title, s.Verdict, s.Message)).Should().Equal(
            ("For another binding", Verdict.NotApplicable, "not run: the scenario is for the openadr3 binding; this run speaks fake"),
            ("For this binding", Verdict.Pass, null),
            ("Certifying the VTN", Verdict.NotApplicable, "not run: the scenario certifies the VTN; the system under test plays the VEN"),
            ("Needing webhooks", Verdict.Inconclusive, "not run: the system under test does not declare 'webhooks' among its capabilities"));
        using var summary = JsonDocument.Parse(File.ReadAllText(run.Files.Summary));
        summary.RootElement.GetProperty("scenarios")[0].GetProperty("message").GetString().Should().Contain("openadr3 binding");
        File.ReadAllText(run.Files.JUnit).Should().Contain("this run speaks fake");
    }

    [Test]
    public async Task A_system_under_test_naming_a_binding_the_harness_does_not_offer_is_a_configuration_error()
    {
        var plan = Runs.Plan("gating", Runs.Fake("Fake") with { Binding = "s2" });

        var start = () => ConformanceRun.StartAsync(plan);

        await start.Should().ThrowAsync<ConfigurationException>()
            .WithMessage("*field 'binding': 's2' is not a binding this harness offers ('fake', 'other')");
    }

    [Test]
    public async Task A_failed_preflight_stops_the_run_before_any_scenario_with_its_message_and_its_evidence()
    {
        var refusing = new FakeBinding(preflightRefusal: "client 'c' was refused a token at http://vtn/auth/token: 401");
        var plan = Runs.Plan("gating", Runs.Fake("Fake")) with { Bindings = [refusing] };
        var events = new List<Progress.RunEvent>();

        var start = () => ConformanceRun.StartAsync(plan, new Collecting(events));

        await start.Should().ThrowAsync<PreflightException>().WithMessage("client 'c' was refused a token at http://vtn/auth/token: 401");
        var started = events.OfType<Progress.RunStarted>().Single();
        File.ReadAllText(Path.Combine(started.ReportDirectory, "evidence.jsonl")).Should().Contain("preflight: may I?");
    }

    [Test]
    public void A_scenario_for_the_run_s_own_binding_runs() =>
        ScenarioSelection.Precondition(new Runner.Catalogue.ScenarioCase
        {
            Id = "f.feature:3",
            Title = "S",
            Tags = ["binding:other"],
            Steps = [],
            Feature = new("F", "", [], "f.feature", "en"),
        }, Runs.Fake("F") with { Binding = "other" }, DateTimeOffset.UnixEpoch).Should().BeNull();

    private sealed class Collecting(List<Progress.RunEvent> events) : Progress.IRunObserver
    {
        public void OnEvent(Progress.RunEvent runEvent) => events.Add(runEvent);
    }
}
