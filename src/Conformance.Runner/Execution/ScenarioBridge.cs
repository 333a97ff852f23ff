using System.Collections.Specialized;
using System.Globalization;
using System.Reflection;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Reqnroll;
using Reqnroll.BoDi;

namespace Conformance.Runner.Execution;

/// <summary>
/// Stands where Reqnroll's build-time generator would: drives each <see cref="ScenarioCase"/> through Reqnroll's
/// public runtime API (feature start and end, scenario initialize/start, Given/When/Then, error collection) and
/// reads the outcome back as verdicts. Step matching, argument conversion, hooks and context injection stay
/// Reqnroll's. One bridge is one test run; scenarios run one at a time, in the order given.
/// </summary>
public sealed class ScenarioBridge : IAsyncDisposable
{
    private readonly Assembly _bindingAssembly;
    private readonly BridgeContainerBuilder _containerBuilder;
    private readonly StepJournal _journal;
    private readonly OutputCapture _output = new();
    private readonly TimeProvider _time;
    private ITestRunner? _runner;
    private FeatureHeader? _feature;
    private Exception? _featureStartError;
    private bool _started;

    /// <param name="bindingAssembly">The assembly whose [Binding] classes implement the steps.</param>
    /// <param name="additionalStepAssemblies">More assemblies whose [Binding] classes implement steps (a protocol binding's own).</param>
    /// <param name="registerRunServices">Registers the run's own objects (evidence log, clock, …) for context injection.</param>
    /// <param name="time">Timestamps of step and scenario results (the run clock's provider).</param>
    public ScenarioBridge(Assembly bindingAssembly, Action<IObjectContainer>? registerRunServices = null, TimeProvider? time = null,
        IReadOnlyList<Assembly>? additionalStepAssemblies = null)
    {
        // Reqnroll's analytics would try the network at every run start; this harness runs offline.
        if (Environment.GetEnvironmentVariable("REQNROLL_TELEMETRY_ENABLED") is null)
            Environment.SetEnvironmentVariable("REQNROLL_TELEMETRY_ENABLED", "0");
        _bindingAssembly = bindingAssembly;
        _time = time ?? TimeProvider.System;
        _journal = new StepJournal(_time);
        _containerBuilder = new BridgeContainerBuilder(new BridgeRuntimePlugin(_journal, _output, registerRunServices ?? (_ => { }), additionalStepAssemblies ?? []));
    }

    public async Task<ScenarioResult> RunAsync(ScenarioCase scenario)
    {
        var start = _time.GetUtcNow();
        if (scenario.Tags.Contains("ignore", StringComparer.OrdinalIgnoreCase))
            return ScenarioResult.NotRun(scenario, Verdict.NotApplicable, "not run: the scenario is tagged @ignore", start);

        var runner = await EnterFeatureAsync(scenario.Feature);
        if (_featureStartError is not null)
            return ScenarioResult.NotRun(scenario, Verdict.Error, $"a BeforeFeature hook failed: {_featureStartError.Message}", start);

        var ledger = new ScenarioLedger(scenario.Id, scenario.DisplayName);
        _journal.Reset();
        _journal.Ledger = ledger;
        _output.Take();

        var rule = scenario.Rule is { } r ? new RuleInfo(r.Title, r.Description, [.. r.Tags]) : null;
        runner.OnScenarioInitialize(new ScenarioInfo(scenario.Title, scenario.Description, [.. scenario.OwnTags], Arguments(scenario),
            [.. scenario.Feature.Tags.Concat(scenario.Rule?.Tags ?? [])]), rule);
        runner.ScenarioContext.ScenarioContainer.RegisterInstanceAs(ledger);
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

        return Judge(scenario, start, ledger, scenarioError, afterError);
    }

    public async ValueTask DisposeAsync()
    {
        await LeaveFeatureAsync();
        if (_started) await TestRunnerManager.OnTestRunEndAsync(_bindingAssembly, _containerBuilder);
    }

    private ScenarioResult Judge(ScenarioCase scenario, DateTimeOffset start, ScenarioLedger ledger, Exception? scenarioError, Exception? afterError)
    {
        var steps = new List<StepResult>();
        for (var i = 0; i < scenario.Steps.Count; i++)
        {
            var step = scenario.Steps[i];
            if (i >= _journal.Entries.Count)
            {
                steps.Add(new StepResult(step, StepStatus.Skipped, Verdict.NotApplicable, null, null, _time.GetUtcNow(), TimeSpan.Zero, []));
                continue;
            }
            var entry = _journal.Entries[i];
            var (status, stepVerdict) = OutcomeClassifier.Classify(entry.Status, entry.Error);
            var (message, detail) = status switch
            {
                StepStatus.Undefined => ($"no step definition matches '{step.Keyword} {step.Text}'", scenarioError?.Message),
                StepStatus.Pending => ($"the step definition for '{step.Keyword} {step.Text}' is pending", null),
                StepStatus.Passed or StepStatus.Skipped => (null, null),
                _ => (entry.Error?.Message ?? "the step failed without a message", entry.Error is VerdictException ? null : entry.Error?.ToString()),
            };
            steps.Add(new StepResult(step, status, stepVerdict, message, detail, entry.Start, entry.Duration, entry.Measurements));
        }

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

        return new ScenarioResult(scenario, verdict, reason, steps, start, _time.GetUtcNow() - start, ledger.Measurements, _output.Take());
    }

    private async Task<ITestRunner> EnterFeatureAsync(FeatureHeader feature)
    {
        if (_runner is not null && _feature == feature) return _runner;
        await LeaveFeatureAsync();
        if (!_started)
        {
            await TestRunnerManager.OnTestRunStartAsync(_bindingAssembly, _containerBuilder);
            _started = true;
        }
        var info = new FeatureInfo(CultureInfo.GetCultureInfo(feature.Language), Path.GetDirectoryName(feature.File) ?? "", feature.Title,
            feature.Description, ProgrammingLanguage.CSharp, [.. feature.Tags]);
        _runner = TestRunnerManager.GetTestRunnerForAssembly(_bindingAssembly, _containerBuilder, info);
        _feature = feature;
        _featureStartError = null;
        try { await _runner.OnFeatureStartAsync(info); }
        catch (Exception e) { _featureStartError = e; }
        return _runner;
    }

    private async Task LeaveFeatureAsync()
    {
        if (_runner is null) return;
        try { await _runner.OnFeatureEndAsync(); }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(_runner);
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
}
