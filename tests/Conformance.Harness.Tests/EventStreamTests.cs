using Conformance.Harness.Progress;
using Conformance.Model.Verdicts;

namespace Conformance.Harness.Tests;

/// <summary>What a progress display sees: the run's events, in the order things happened.</summary>
public class EventStreamTests
{
    [Test]
    public async Task The_events_of_a_run_come_in_order()
    {
        var events = new RunEventChannel();

        var result = await ConformanceRun.ExecuteAsync(Runs.Plan("talk-alpha", Runs.Fake("Fake alpha")), events);

        var seen = new List<string>();
        await foreach (var e in events.ReadAllAsync())
            seen.Add(e switch
            {
                RunStarted started => $"run started: {started.Scenarios.Count} scenarios",
                OperatorNotice notice => $"notice: {notice.Text.Replace(result.ReportDirectory, "<dir>", StringComparison.Ordinal)}",
                ScenarioStarted started => $"scenario started: {started.Scenario.Title}",
                StepFinished step => $"step: {step.Step.Step.Text} {step.Step.Verdict.ToWireName()}",
                MessageRecorded message => $"message #{message.Record.Seq} {message.Record.Body} in {message.Record.Scenario}",
                ScenarioFinished finished => $"scenario finished: {finished.Result.Verdict.ToWireName()}",
                RunFinished finished => $"run finished: {finished.Result.Verdict.ToWireName()}",
                _ => e.ToString(),
            });

        var talks = result.Report.Scenarios[0].Scenario.Id;
        var fails = result.Report.Scenarios[1].Scenario.Id;
        seen.Should().Equal(
            "run started: 2 scenarios",
            "notice: the fake device listens in <dir>",
            "scenario started: The device talks",
            $"message #1 alpha-0 in {talks}",
            $"message #2 alpha-1 in {talks}",
            $"message #3 alpha-2 in {talks}",
            "step: the device says \"alpha\" 3 times pass",
            "step: the evidence of this scenario holds 3 messages pass",
            "step: the energy service provider is the binding's and the system under test is \"Fake alpha\" pass",
            "scenario finished: pass",
            "scenario started: The device talks and fails",
            $"message #4 alpha in {fails}",
            "step: the device says \"alpha\" pass",
            "step: the device fails fail",
            "scenario finished: fail",
            "run finished: fail");
        result.Verdict.Should().Be(Verdict.Fail);
    }
}
