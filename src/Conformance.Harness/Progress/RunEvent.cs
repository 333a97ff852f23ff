using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Harness.Progress;

/// <summary>
/// What a run tells its observers as it goes, in order: <see cref="RunStarted"/>, then per scenario
/// <see cref="ScenarioStarted"/>, its <see cref="StepFinished"/>s and <see cref="MessageRecorded"/>s, and
/// <see cref="ScenarioFinished"/>; <see cref="RunFinished"/> last. A display, the NUnit entry and a web UI read the same.
/// </summary>
public abstract record RunEvent;

/// <param name="Scenarios">The scenarios selected, in the order they will run.</param>
public sealed record RunStarted(string RunId, string ReportDirectory, SystemUnderTestDescription SystemUnderTest, ClockSetting Clock,
    IReadOnlyList<ScenarioCase> Scenarios) : RunEvent;

/// <summary>A line for the operator from the binding: what to install on the system under test, or where to connect.</summary>
public sealed record OperatorNotice(string Text) : RunEvent;

public sealed record ScenarioStarted(ScenarioCase Scenario) : RunEvent;

/// <summary>A step as it finished, with its verdict; a scenario the harness cancels ends with the reason in <see cref="ScenarioFinished"/>.</summary>
public sealed record StepFinished(ScenarioCase Scenario, StepResult Step) : RunEvent;

/// <summary>A message the harness saw, as it went into the evidence.</summary>
public sealed record MessageRecorded(EvidenceRecord Record) : RunEvent;

/// <summary>A scenario's verdict, also for scenarios not run (gated by their tags), with the reason.</summary>
public sealed record ScenarioFinished(ScenarioResult Result) : RunEvent;

public sealed record RunFinished(RunResult Result) : RunEvent;
