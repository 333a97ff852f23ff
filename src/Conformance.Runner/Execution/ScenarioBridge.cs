using System.Collections.Specialized;
using System.Globalization;
using System.Reflection;
using Conformance.Model.Execution;
using Conformance.Model.Quantities;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.BoDi;

namespace Conformance.Runner.Execution;

/// <summary>
/// Stands where Reqnroll's build-time generator would: drives each <see cref="ScenarioCase"/> through Reqnroll's
/// public runtime API (feature start and end, scenario initialize/start, Given/When/Then, error collection) and
/// reads the outcome back as verdicts. Step matching, argument conversion, hooks and context injection stay
/// Reqnroll's. One bridge is one test run with its own Reqnroll global container and test runner manager, so two
/// bridges in one process share nothing; its scenarios run one at a time, in the order given.
/// </summary>
public sealed class ScenarioBridge : IAsyncDisposable
{
    private readonly Assembly _testAssembly;
    private readonly BridgeContainerBuilder _containerBuilder;
    private readonly OutputCapture _output = new();
    private readonly TimeProvider _time;
    private ITestRunnerManager? _manager;
    private ITestRunner? _runner;
    private FeatureHeader? _feature;
    private Exception? _featureStartError;

    /// <param name="bindingAssembly">The assembly whose [Binding] classes implement the steps.</param>
    /// <param name="registerRunServices">Registers the run's own objects (evidence log, clock, …) for context injection.</param>
    /// <param name="time">Timestamps of step and scenario results (the run clock's provider).</param>
    /// <param name="additionalStepAssemblies">More assemblies whose [Binding] classes implement steps (a protocol binding's own).</param>
    public ScenarioBridge(Assembly bindingAssembly, Action<IObjectContainer>? registerRunServices = null, TimeProvider? time = null,
        IReadOnlyList<Assembly>? additionalStepAssemblies = null)
        : this([bindingAssembly, .. additionalStepAssemblies ?? []], registerRunServices, time)
    {
    }

    /// <param name="stepAssemblies">The assemblies whose [Binding] classes implement the steps; the first stands as Reqnroll's test assembly.</param>
    /// <param name="registerRunServices">Registers the run's own objects (evidence log, clock, …) for context injection.</param>
    /// <param name="time">Timestamps of step and scenario results (the run clock's provider).</param>
    public ScenarioBridge(IReadOnlyList<Assembly> stepAssemblies, Action<IObjectContainer>? registerRunServices = null, TimeProvider? time = null)
    {
        var assemblies = stepAssemblies.Distinct().ToList();
        if (assemblies.Count == 0) throw new ArgumentException("the bridge needs at least one step assembly", nameof(stepAssemblies));
        _testAssembly = assemblies[0];
        _time = time ?? TimeProvider.System;
        _containerBuilder = new BridgeContainerBuilder(new BridgeRuntimePlugin(assemblies[1..], _time, _output, registerRunServices ?? (_ => { })));
    }

    /// <summary>Raised on the scenario's own flow as each step finishes, with its verdict.</summary>
    public event Action<ScenarioCase, StepResult>? StepFinished;

    public Task<ScenarioResult> RunAsync(ScenarioCase scenario) => RunAsync(scenario, ScenarioBound.None, CancellationToken.None);

    /// <summary>
    /// Runs one scenario with a <see cref="ScenarioCancellation"/> that is cancelled when the scenario overruns
    /// <paramref name="bound"/> or <paramref name="ct"/> is cancelled. A cancelled scenario is an error naming the step it
    /// was waiting at; one that does not return within the grace is left behind with its runner, and the next
    /// scenario gets a fresh one.
    /// </summary>
    public async Task<ScenarioResult> RunAsync(ScenarioCase scenario, ScenarioBound bound, CancellationToken ct)
    {
        var start = _time.GetUtcNow();
        if (scenario.Tags.Contains("ignore", StringComparer.OrdinalIgnoreCase))
            return ScenarioResult.NotRun(scenario, Verdict.NotApplicable, "not run: the scenario is tagged @ignore", start);
        if (ct.IsCancellationRequested)
            return ScenarioResult.NotRun(scenario, Verdict.Error, "not run: the run was stopped before the scenario started", start);

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var attempt = new Attempt(scenario, start, new ScenarioLedger(scenario.Id, scenario.DisplayName), cancellation.Token);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStop = cancellation.Token.Register(() =>
        {
            attempt.Journal?.MarkStopped();
            stopped.TrySetResult();
        });
        if (bound.Limit != Timeout.InfiniteTimeSpan) cancellation.CancelAfter(bound.Limit);

        var running = RunStepsAsync(attempt);
        await Task.WhenAny(running, stopped.Task);
        if (!cancellation.IsCancellationRequested) return await SettleAsync(running, attempt);

        var reason = ct.IsCancellationRequested
            ? $"the run was stopped while the scenario was {Position(attempt)}"
            : $"the scenario did not finish within {Durations.Format(bound.Limit)}: it was {Position(attempt)}; the harness cancelled it";
        if (await Task.WhenAny(running, Task.Delay(bound.Grace, CancellationToken.None)) == running)
            return Stopped(await SettleAsync(running, attempt), attempt, reason);

        // The scenario ignores its token: leave it and its runner behind, never awaited, and carry on without them. What it
        // does later is no longer reported.
        if (_runner is not null && _runner == attempt.Runner) (_runner, _feature) = (null, null);
        attempt.Journal?.StepFinished = null;
        _ = running.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var partial = Judge(attempt, attempt.Journal?.Entries ?? [], null, null);
        return Stopped(partial, attempt, $"{reason}, and it did not return within {Durations.Format(bound.Grace)}, so the harness left it behind");
    }

    public async ValueTask DisposeAsync()
    {
        await LeaveFeatureAsync();
        if (_manager is not null) await _manager.DisposeAsync();
    }

    private async Task<ScenarioResult> RunStepsAsync(Attempt attempt)
    {
        var scenario = attempt.Scenario;
        var runner = await RunnerForAsync(scenario.Feature, attempt);
        if (_featureStartError is not null)
            return ScenarioResult.NotRun(scenario, Verdict.Error, $"a BeforeFeature hook failed: {_featureStartError.Message}", attempt.Start);
        _output.Take();

        var rule = scenario.Rule is { } r ? new RuleInfo(r.Title, r.Description, [.. r.Tags]) : null;
        runner.OnScenarioInitialize(new ScenarioInfo(scenario.Title, scenario.Description, [.. scenario.OwnTags], Arguments(scenario),
            [.. scenario.Feature.Tags.Concat(scenario.Rule?.Tags ?? [])]), rule);
        runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(attempt.Ledger);
        runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(new ScenarioCancellation { Token = attempt.Token });
        await runner.OnScenarioStartAsync();
        foreach (var step in scenario.Steps)
        {
            var table = step.Table is { Count: > 0 } rows ? ToTable(rows) : null;
            await (step.KeywordType switch
            {
                StepKeyword.Given => runner.GivenAsync(step.Text, step.DocString, table, step.Keyword + " "),
                StepKeyword.When => runner.WhenAsync(step.Text, step.DocString, table, step.Keyword + " "),
                _ => runner.ThenAsync(step.Text, step.DocString, table, step.Keyword + " "),
            });
        }

        Exception? scenarioError = null;
        try { await runner.CollectScenarioErrorsAsync(); }
        catch (Exception e) { scenarioError = e; }
        Exception? afterError = null;
        try { await runner.OnScenarioEndAsync(); }
        catch (Exception e) { afterError = e; }

        return Judge(attempt, attempt.Journal!.Entries, scenarioError, afterError);
    }

    /// <summary>The scenario's result; a fault of the harness itself (not of a step) is an error with its message.</summary>
    private async Task<ScenarioResult> SettleAsync(Task<ScenarioResult> running, Attempt attempt)
    {
        try { return await running; }
        catch (Exception e)
        {
            var reason = $"the harness failed while running the scenario: {e.Message}";
            return ScenarioResult.NotRun(attempt.Scenario, Verdict.Error, reason, attempt.Start, _time.GetUtcNow() - attempt.Start);
        }
    }

    /// <summary>A cancelled scenario is an error whatever its steps said after: the step it was waiting at carries the reason.</summary>
    private static ScenarioResult Stopped(ScenarioResult result, Attempt attempt, string reason)
    {
        var steps = result.Steps.ToList();
        if (attempt.Journal?.StoppedAt is ({ } index, _) && index < steps.Count)
            steps[index] = steps[index] with { Status = StepStatus.Error, Verdict = Verdict.Error, Message = reason, Detail = null };
        return result with { Verdict = Verdict.Error, Message = reason, Steps = steps };
    }

    private static string Position(Attempt attempt) => attempt.Journal?.StoppedAt switch
    {
        ({ } index, _) when index < attempt.Scenario.Steps.Count => Waiting(attempt.Scenario.Steps[index]),
        (_, { } hook) => $"waiting in a [{hook}] hook",
        _ => "between two steps",
    };

    private static string Waiting(ScenarioStep step) => $"waiting at step '{step.Keyword} {step.Text}' (line {step.Line})";

    private ScenarioResult Judge(Attempt attempt, IReadOnlyList<StepJournal.Entry> entries, Exception? scenarioError, Exception? afterError)
    {
        var scenario = attempt.Scenario;
        var steps = new List<StepResult>();
        for (var i = 0; i < scenario.Steps.Count; i++)
            steps.Add(i < entries.Count
                ? ToStepResult(scenario.Steps[i], entries[i], scenarioError)
                : new StepResult(scenario.Steps[i], StepStatus.Skipped, Verdict.NotApplicable, null, null, _time.GetUtcNow(), TimeSpan.Zero, []));

        var verdict = steps.Select(s => s.Verdict).Worst();
        string? reason = steps.FirstOrDefault(s => s.Verdict > Verdict.Pass) is { } deciding
            ? $"Step '{deciding.Step.Keyword} {deciding.Step.Text}' (line {deciding.Step.Line}): {deciding.Message}"
            : null;
        if (reason is null && scenarioError is not null)
        {
            // Nothing in the steps explains the failure: a BeforeScenario hook or Reqnroll itself raised it.
            verdict = verdict.Worst(OutcomeClassifier.FromException(scenarioError).Verdict);
            reason = $"before the steps ran: {scenarioError.Message}";
        }
        if (afterError is not null)
        {
            verdict = verdict.Worst(Verdict.Error);
            reason ??= $"an AfterScenario hook failed: {afterError.Message}";
        }
        if (scenario.Steps.Count == 0 && verdict <= Verdict.Pass)
            (verdict, reason) = (Verdict.Inconclusive, "the scenario has no steps, so it checks nothing");
        if (verdict == Verdict.NotApplicable) verdict = Verdict.Pass;

        return new ScenarioResult(scenario, verdict, reason, steps, attempt.Start, _time.GetUtcNow() - attempt.Start, attempt.Ledger.Measurements,
            _output.Take())
        { Findings = attempt.Ledger.Findings };
    }

    private static StepResult ToStepResult(ScenarioStep step, StepJournal.Entry entry, Exception? scenarioError)
    {
        var (status, verdict) = OutcomeClassifier.Classify(entry.Status, entry.Error);
        var (message, detail) = status switch
        {
            StepStatus.Undefined => ($"no step definition matches '{step.Keyword} {step.Text}'", scenarioError?.Message),
            StepStatus.Pending => ($"the step definition for '{step.Keyword} {step.Text}' is pending", null),
            StepStatus.Passed or StepStatus.Skipped => (null, null),
            _ => (entry.Error?.Message ?? "the step failed without a message", entry.Error is VerdictException ? null : entry.Error?.ToString()),
        };
        return new StepResult(step, status, verdict, message, detail, entry.Start, entry.Duration, entry.Measurements);
    }

    /// <summary>
    /// The runner for the scenario's feature, its journal set up for this attempt before any feature hook runs (so an
    /// overrun there is placed too). Leaving the previous feature and starting this one happen here.
    /// </summary>
    private async Task<ITestRunner> RunnerForAsync(FeatureHeader feature, Attempt attempt)
    {
        if (_runner is not null && _feature == feature)
        {
            Attach(_runner, attempt);
            return _runner;
        }
        await LeaveFeatureAsync();
        if (_manager is null)
        {
            var container = _containerBuilder.CreateGlobalContainer(_testAssembly);
            var manager = container.Resolve<ITestRunnerManager>();
            manager.Initialize(_testAssembly);
            _manager = manager;
            await manager.FireTestRunStartAsync();
        }
        var info = new FeatureInfo(CultureInfo.GetCultureInfo(feature.Language), Path.GetDirectoryName(feature.File) ?? "", feature.Title,
            feature.Description, ProgrammingLanguage.CSharp, [.. feature.Tags]);
        var runner = _manager.GetTestRunner(info);
        (_runner, _feature, _featureStartError) = (runner, feature, null);
        Attach(runner, attempt);
        try { await runner.OnFeatureStartAsync(info); }
        catch (Exception e) { _featureStartError = e; }
        return runner;
    }

    private void Attach(ITestRunner runner, Attempt attempt)
    {
        var journal = runner.TestThreadContext.TestThreadContainer.Resolve<StepJournal>();
        journal.Reset();
        journal.Ledger = attempt.Ledger;
        journal.Cancellation = attempt.Token;
        journal.StepFinished = (index, entry) =>
        {
            var steps = attempt.Scenario.Steps;
            if (index < steps.Count) StepFinished?.Invoke(attempt.Scenario, ToStepResult(steps[index], entry, null));
        };
        (attempt.Runner, attempt.Journal) = (runner, journal);
        if (attempt.Token.IsCancellationRequested) journal.MarkStopped();
    }

    private async Task LeaveFeatureAsync()
    {
        if (_runner is null) return;
        try { await _runner.OnFeatureEndAsync(); }
        finally
        {
            _manager!.ReleaseTestRunnerToPool(_runner);
            (_runner, _feature) = (null, null);
        }
    }

    private static OrderedDictionary Arguments(ScenarioCase scenario)
    {
        var arguments = new OrderedDictionary();
        foreach (var (key, value) in scenario.Arguments) arguments[key] = value;
        return arguments;
    }

    private static Table ToTable(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table([.. rows[0]]);
        foreach (var row in rows.Skip(1)) table.AddRow([.. row]);
        return table;
    }

    /// <summary>One scenario's run: what the bridge needs to judge it, even when it never returns.</summary>
    private sealed class Attempt(ScenarioCase scenario, DateTimeOffset start, ScenarioLedger ledger, CancellationToken token)
    {
        public ScenarioCase Scenario { get; } = scenario;
        public DateTimeOffset Start { get; } = start;
        public ScenarioLedger Ledger { get; } = ledger;
        public CancellationToken Token { get; } = token;
        public ITestRunner? Runner { get; set; }
        public StepJournal? Journal { get; set; }
    }
}
