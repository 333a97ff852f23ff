using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Harness.Progress;
using Conformance.Harness.Rules;
using Conformance.Harness.Selection;
using Conformance.Model.SystemUnderTest;
using Conformance.Reporting;
using Conformance.Roles.Bindings;
using Conformance.Roles.Grid;
using Conformance.Roles.Premises;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;
using Reqnroll.BoDi;

namespace Conformance.Harness;

/// <summary>
/// One conformance run: its clock, its evidence log (reports/&lt;run-id&gt;/evidence.jsonl), the binding's session
/// playing every role the system under test does not, and a bridge of its own to Reqnroll. Every object here belongs
/// to this run alone, so two runs in one process stay apart. Scenarios run one at a time, each gated by its tags
/// (<see cref="ScenarioSelection"/>), bounded, and stamped on the evidence; results gathered are kept, and
/// <see cref="FinishAsync"/> writes the reports from them even when the run was stopped early.
/// </summary>
public sealed class ConformanceRun : IAsyncDisposable
{
    private readonly RunPlan _plan;
    private readonly Publisher _publisher;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly List<ScenarioResult> _results = [];
    private readonly List<string> _conditions;
    private readonly IBindingSession _session;
    private readonly ScenarioBridge _bridge;
    private RunResult? _finished;
    private bool _closed;

    private ConformanceRun(RunPlan plan, Publisher publisher, string runId, string reportDirectory, RunClock clock, EvidenceLog evidence,
        IBindingSession session, List<string> conditions)
    {
        _conditions = conditions;
        (_plan, _publisher, RunId, ReportDirectory) = (plan, publisher, runId, reportDirectory);
        (Clock, Evidence, _session) = (clock, evidence, session);
        Scenarios = plan.SelectedScenarios;
        Evidence.Appended += OnRecorded;
        _bridge = new ScenarioBridge([.. plan.StepAssemblies, .. Binding.StepAssemblies], Register, clock.Time);
        _bridge.StepFinished += (scenario, step) => Publish(new StepFinished(scenario, step));
    }

    public string RunId { get; }

    /// <summary>reports/&lt;run-id&gt;/: the evidence is written here as it happens, the reports at the end.</summary>
    public string ReportDirectory { get; }

    public RunClock Clock { get; }

    public EvidenceLog Evidence { get; }

    public SystemUnderTestDescription SystemUnderTest => _plan.SystemUnderTest;

    /// <summary>The binding the system under test names, whose session plays the harness's roles.</summary>
    public IBinding Binding => _plan.Bindings.First(b => NameIs(b, SystemUnderTest.Binding));

    /// <summary>The scenarios the plan's tags select, in order.</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <summary>
    /// Starts a run: creates its clock, run id, report directory and evidence log, and starts the binding the system
    /// under test names. A binding that is not available, or that finds the system-under-test file unusable, throws
    /// <see cref="ConfigurationException"/> before anything is written but the empty evidence, and a system under test
    /// that fails the binding's preflight throws <see cref="PreflightException"/> with the preflight's evidence; an observer has then
    /// seen <see cref="RunStarted"/> and no <see cref="RunFinished"/> (the caller completes a <see cref="RunEventChannel"/>).
    /// </summary>
    public static async Task<ConformanceRun> StartAsync(RunPlan plan, IRunObserver? observer = null, CancellationToken ct = default)
    {
        var sut = plan.SystemUnderTest;
        var offered = string.Join(", ", plan.Bindings.Select(b => $"'{b.Name}'"));
        var binding = plan.Bindings.FirstOrDefault(b => NameIs(b, sut.Binding)) ?? throw new ConfigurationException(
            $"system under test '{sut.Name}'", null, "binding", $"'{sut.Binding}' is not a binding this harness offers ({offered})");
        if (plan.StepAssemblies.Count == 0 && binding.StepAssemblies.Count == 0)
            throw new ArgumentException("a run needs step definitions: the plan's step assemblies and the binding's are both empty", nameof(plan));
        var clock = new RunClock(sut.Clock);
        var runId = Harness.RunId.New(clock.StartedAt);
        var reportDirectory = Path.Combine(plan.OutputDirectory, runId);
        var evidence = new EvidenceLog(clock, Path.Combine(reportDirectory, "evidence.jsonl"));
        var publisher = new Publisher(observer);
        publisher.Publish(new RunStarted(runId, reportDirectory, sut, clock.Setting, plan.SelectedScenarios));
        IBindingSession session;
        var conditions = new List<string>();
        try
        {
            var context = new BindingContext(sut, clock, evidence, reportDirectory, text => publisher.Publish(new OperatorNotice(text)))
            {
                StateCondition = text =>
                {
                    lock (conditions) conditions.Add(text);
                    publisher.Publish(new OperatorNotice($"condition: {text}"));
                },
            };
            session = await binding.StartAsync(context, ct);
        }
        catch
        {
            evidence.Dispose();
            await clock.DisposeAsync();
            throw;
        }
        try
        {
            await session.PreflightAsync(ct);
        }
        catch
        {
            await session.DisposeAsync();
            evidence.Dispose();
            await clock.DisposeAsync();
            throw;
        }
        return new ConformanceRun(plan, publisher, runId, reportDirectory, clock, evidence, session, conditions);
    }

    /// <summary>The conditions the binding stated so far (<see cref="BindingContext.StateCondition"/>).</summary>
    public IReadOnlyList<string> Conditions()
    {
        lock (_conditions) return [.. _conditions];
    }

    /// <summary>Runs every selected scenario in order, stops early when <paramref name="ct"/> is cancelled, and writes the reports.</summary>
    public static async Task<RunResult> ExecuteAsync(RunPlan plan, IRunObserver? observer = null, CancellationToken ct = default)
    {
        await using var run = await StartAsync(plan, observer, ct);
        try
        {
            foreach (var scenario in run.Scenarios)
            {
                if (ct.IsCancellationRequested) break;
                await run.RunScenarioAsync(scenario, ct);
            }
        }
        catch
        {
            // Whatever went wrong in the harness itself, the results gathered so far still make their reports.
            await run.FinishAsync();
            throw;
        }
        return await run.FinishAsync();
    }

    /// <summary>
    /// One scenario: not run (with the reason) when its tags rule it out for this system under test, else through the
    /// bridge within <see cref="RunPlan.ScenarioBound"/>; a scenario that overruns it, or that <paramref name="ct"/>
    /// stops, is an error naming the step it was waiting at. A fail cites the scenario's rules, and the fail of an
    /// `@interpretation` is an advisory finding (<see cref="ScenarioRules"/>). Calls wait for one another.
    /// </summary>
    public async Task<ScenarioResult> RunScenarioAsync(ScenarioCase scenario, CancellationToken ct = default)
    {
        await _oneAtATime.WaitAsync(CancellationToken.None);
        try
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            Publish(new ScenarioStarted(scenario));
            var result = ScenarioSelection.Precondition(scenario, SystemUnderTest, Clock.Time.GetUtcNow(), _plan.ScenarioBound);
            if (result is null)
            {
                Evidence.CurrentScenario = scenario.Id;
                try { result = await _bridge.RunAsync(scenario, new ScenarioBound(_plan.ScenarioBound, _plan.CancellationGrace), ct); }
                finally { Evidence.CurrentScenario = null; }
                result = ScenarioRules.Judge(result);
            }
            lock (_results) _results.Add(result);
            Publish(new ScenarioFinished(result));
            return result;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Ends the run: stops the bridge and the binding's session, closes the evidence and writes summary.json, junit.xml
    /// and allure-results/ from the results gathered so far. Called again, it returns the same result.
    /// </summary>
    public async Task<RunResult> FinishAsync()
    {
        await _oneAtATime.WaitAsync(CancellationToken.None);
        try
        {
            if (_finished is not null) return _finished;
            await CloseAsync();
            List<ScenarioResult> results;
            lock (_results) results = [.. _results];
            var tags = _plan.Tags.Text.Length == 0 ? null : _plan.Tags.Text;
            var report = new RunReport(RunId, Clock.StartedAt, Clock.Elapsed, Clock.Setting, SystemUnderTest, HarnessIdentity.Current, tags, results,
                _plan.Features.Errors, Evidence.Snapshot())
            {
                Selection = _plan.Filter.Narrowing,
                Conditions = Conditions(),
            };
            var files = await ReportWriter.WriteAsync(report, ReportDirectory, CancellationToken.None);
            _finished = new RunResult(report, ReportDirectory, files);
            Publish(new RunFinished(_finished));
            return _finished;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Stops everything the run started, its clock last; a run not finished writes no reports (its evidence.jsonl stays).</summary>
    public async ValueTask DisposeAsync()
    {
        await _oneAtATime.WaitAsync(CancellationToken.None);
        try
        {
            await CloseAsync();
            await Clock.DisposeAsync();
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task CloseAsync()
    {
        if (_closed) return;
        _closed = true;
        try { await _bridge.DisposeAsync(); }
        catch (Exception e) { Publish(new OperatorNotice($"error: an [AfterFeature] or [AfterTestRun] hook failed: {e.Message}")); }
        try { await _session.DisposeAsync(); }
        catch (Exception e) { Publish(new OperatorNotice($"error: the {Binding.Name} binding did not stop cleanly: {e.Message}")); }
        Evidence.Appended -= OnRecorded;
        Evidence.Dispose();
    }

    /// <summary>What steps take by context injection: the run's objects, the roles by their interfaces, the binding's services by type.</summary>
    private void Register(IObjectContainer container)
    {
        container.RegisterInstanceAs(SystemUnderTest);
        container.RegisterInstanceAs(Clock);
        container.RegisterInstanceAs(Evidence);
        var roles = _session.Roles;
        container.RegisterInstanceAs(roles);
        if (roles.EnergyServiceProvider is { } provider) container.RegisterInstanceAs(provider);
        if (roles.CustomerEnergyManager is { } customer) container.RegisterInstanceAs(customer);
        if (roles.PremisesEnergyManager is { } premises) container.RegisterInstanceAs(premises);
        if (roles.Meter is { } meter) container.RegisterInstanceAs(meter);
        container.RegisterInstanceAs(roles.ResourceManagers);
        foreach (var service in _session.Services) container.RegisterInstanceAs(service, service.GetType());
    }

    private void OnRecorded(EvidenceRecord record) => Publish(new MessageRecorded(record));

    private void Publish(RunEvent runEvent) => _publisher.Publish(runEvent);

    private static bool NameIs(IBinding binding, string name) => string.Equals(binding.Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Hands the observer one event at a time, from the binding's start (before the run exists) to the end.</summary>
    private sealed class Publisher(IRunObserver? observer)
    {
        private readonly Lock _gate = new();

        public void Publish(RunEvent runEvent)
        {
            if (observer is null) return;
            lock (_gate)
            {
                try { observer.OnEvent(runEvent); }
                catch (Exception) { /* a broken display must not change a verdict (see IRunObserver) */ }
            }
        }
    }
}
