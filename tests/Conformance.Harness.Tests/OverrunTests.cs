using System.Text.Json;
using Conformance.Harness.Tests.Fakes;
using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;

namespace Conformance.Harness.Tests;

/// <summary>A scenario that hangs is cancelled at its bound and reported as an error naming where it waited; the run goes on.</summary>
public class OverrunTests
{
    private RunResult _run = null!;

    [OneTimeSetUp]
    public async Task RunTheHangingFeature() =>
        _run = await ConformanceRun.ExecuteAsync(Runs.Plan("hanging", Runs.Fake("Fake device")) with
        {
            ScenarioBound = TimeSpan.FromSeconds(2),
            CancellationGrace = TimeSpan.FromSeconds(1),
        });

    private ScenarioResult Scenario(string title) => _run.Report.Scenarios.Single(s => s.Scenario.Title == title);

    [Test]
    public void A_step_that_ignores_its_cancellation_is_an_error_naming_the_step_and_the_bound_and_is_left_behind()
    {
        var result = Scenario("A device that ignores its cancellation");

        result.Verdict.Should().Be(Verdict.Error);
        result.Message.Should().Be("the scenario did not finish within 2 s: "
            + "it was waiting at step 'When the device hangs, ignoring its cancellation' (line 5); the harness cancelled it, "
            + "and it did not return within 1 s, so the harness left it behind");
        result.Steps.Select(s => s.Status).Should().Equal(StepStatus.Passed, StepStatus.Error, StepStatus.Skipped);
        result.DecidingStep!.Step.Line.Should().Be(5);
    }

    [Test]
    public void A_step_that_honours_its_cancellation_is_an_error_naming_the_step_and_the_bound()
    {
        var result = Scenario("A device that honours its cancellation");

        result.Verdict.Should().Be(Verdict.Error);
        result.Message.Should().Be("the scenario did not finish within 2 s: "
            + "it was waiting at step 'When the device hangs until it is cancelled' (line 10); the harness cancelled it");
        result.Steps.Select(s => s.Status).Should().Equal(StepStatus.Passed, StepStatus.Error, StepStatus.Skipped);
        result.DecidingStep!.Message.Should().Be(result.Message);
    }

    [Test]
    public void The_next_scenario_still_runs_and_passes_with_its_own_evidence() =>
        Scenario("The next scenario still runs").Verdict.Should().Be(Verdict.Pass, Scenario("The next scenario still runs").Message);

    [Test]
    public async Task A_run_stopped_by_its_caller_keeps_what_it_gathered_and_says_where_it_stopped()
    {
        var plan = Runs.Plan("hanging", Runs.Fake("Fake device")) with { CancellationGrace = TimeSpan.FromSeconds(1) };
        using var stop = new CancellationTokenSource();

        var running = ConformanceRun.ExecuteAsync(plan, ct: stop.Token);
        await ((FakeBinding)plan.Bindings[0]).Hanging.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        var run = await running;

        run.Report.Scenarios.Should().ContainSingle().Which.Message.Should().Be("the run was stopped while the scenario was "
            + "waiting at step 'When the device hangs, ignoring its cancellation' (line 5), "
            + "and it did not return within 1 s, so the harness left it behind");
        using var summary = JsonDocument.Parse(File.ReadAllText(run.Files.Summary));
        summary.RootElement.GetProperty("total").GetInt32().Should().Be(1);
    }

    [Test]
    public void The_reports_hold_every_scenario_with_its_verdict()
    {
        using var summary = JsonDocument.Parse(File.ReadAllText(_run.Files.Summary));
        summary.RootElement.GetProperty("verdict").GetString().Should().Be("error");
        summary.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("verdict").GetString())
            .Should().Equal("error", "error", "pass");
        summary.RootElement.GetProperty("scenarios")[0].GetProperty("decidingStep").GetProperty("line").GetInt32().Should().Be(5);
    }
}
