using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;

namespace Conformance.Runner.Execution;

public enum StepStatus
{
    Passed,
    Failed,
    Skipped,
    Undefined,
    Ambiguous,
    Pending,
    Error,
}

/// <param name="Message">Why the step did not pass, as users read it: expected, actual, when.</param>
/// <param name="Detail">Stack trace or snippet, for the curious; never the only explanation.</param>
public sealed record StepResult(
    ScenarioStep Step,
    StepStatus Status,
    Verdict Verdict,
    string? Message,
    string? Detail,
    DateTimeOffset Start,
    TimeSpan Duration,
    IReadOnlyList<Measurement> Measurements);

/// <param name="Message">The first reason the scenario did not pass; null when it passed.</param>
/// <param name="Output">What the scenario and Reqnroll wrote to the test output.</param>
public sealed record ScenarioResult(
    ScenarioCase Scenario,
    Verdict Verdict,
    string? Message,
    IReadOnlyList<StepResult> Steps,
    DateTimeOffset Start,
    TimeSpan Duration,
    IReadOnlyList<Measurement> Measurements,
    string Output)
{
    /// <summary>What the system under test sent against a rule the scenario did not judge; the verdict ignores them.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The step at which the scenario's verdict was decided, if any.</summary>
    public StepResult? DecidingStep => Steps.FirstOrDefault(s => s.Verdict > Verdict.Pass);

    /// <summary>A scenario the harness did not run (or gave up on), every step skipped, with the reason.</summary>
    public static ScenarioResult NotRun(ScenarioCase scenario, Verdict verdict, string reason, DateTimeOffset start, TimeSpan duration = default) =>
        new(scenario, verdict, reason,
            scenario.Steps.Select(s => new StepResult(s, StepStatus.Skipped, Verdict.NotApplicable, null, null, start, TimeSpan.Zero, [])).ToList(),
            start, duration, [], "");
}
