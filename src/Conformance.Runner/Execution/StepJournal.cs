using Conformance.Model.Verdicts;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Events;

namespace Conformance.Runner.Execution;

/// <summary>
/// Listens to one test runner's execution events and keeps each step's status, error, timing and measurements, and
/// what the scenario is doing now: results come from Reqnroll's own events, not from code in the steps. One per
/// test runner, so a scenario the bridge abandoned cannot write into the next scenario's journal.
/// </summary>
internal sealed class StepJournal(TimeProvider time) : IAsyncExecutionEventListener
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private DateTimeOffset _stepStart;
    private int _measurementsBefore;
    private bool _inStep;
    private HookType? _hook;

    public ScenarioLedger? Ledger { get; set; }

    /// <summary>The running scenario's token: where the scenario was when it was cancelled is kept in <see cref="StoppedAt"/>.</summary>
    public CancellationToken Cancellation { get; set; }

    /// <summary>Where the scenario was when its token was cancelled: the step or hook it was waiting in, or neither.</summary>
    public (int? Step, HookType? Hook)? StoppedAt { get; private set; }

    /// <summary>Called with the step's index in the scenario when it finishes, on the scenario's own flow.</summary>
    public Action<int, Entry>? StepFinished { get; set; }

    public IReadOnlyList<Entry> Entries
    {
        get { lock (_gate) return [.. _entries]; }
    }

    /// <summary>Called when the scenario's token is cancelled; a step or hook that ended because of it was noted already.</summary>
    public void MarkStopped()
    {
        lock (_gate) StoppedAt ??= (_inStep ? _entries.Count : null, _hook);
    }

    public void Reset()
    {
        lock (_gate)
        {
            (_inStep, _hook, StoppedAt) = (false, null, null);
            _entries.Clear();
        }
    }

    public Task OnEventAsync(IExecutionEvent executionEvent)
    {
        switch (executionEvent)
        {
            case StepStartedEvent:
                lock (_gate)
                {
                    _stepStart = time.GetUtcNow();
                    _measurementsBefore = Ledger?.Measurements.Count ?? 0;
                    _inStep = true;
                }
                break;
            case StepFinishedEvent finished:
                var status = finished.StepContext.Status;
                var error = status == ScenarioExecutionStatus.OK || status == ScenarioExecutionStatus.Skipped
                    ? null
                    : (finished.StepContext as ScenarioStepContext)?.StepError ?? finished.ScenarioContext.TestError;
                Entry entry;
                int index;
                lock (_gate)
                {
                    if (Cancellation.IsCancellationRequested) StoppedAt ??= (_entries.Count, null);
                    var measurements = Ledger?.Measurements.Skip(_measurementsBefore).ToList() ?? [];
                    entry = new Entry(status, error, _stepStart, time.GetUtcNow() - _stepStart, measurements);
                    index = _entries.Count;
                    _entries.Add(entry);
                    _inStep = false;
                }
                StepFinished?.Invoke(index, entry);
                break;
            // Step and block hooks run inside a step's span; the step names the position well enough.
            case HookStartedEvent hook when !InsideStep(hook.HookType):
                lock (_gate) _hook = hook.HookType;
                break;
            case HookFinishedEvent hook when !InsideStep(hook.HookType):
                lock (_gate)
                {
                    if (Cancellation.IsCancellationRequested) StoppedAt ??= (null, hook.HookType);
                    _hook = null;
                }
                break;
        }
        return Task.CompletedTask;
    }

    private static bool InsideStep(HookType type) =>
        type is HookType.BeforeStep or HookType.AfterStep or HookType.BeforeScenarioBlock or HookType.AfterScenarioBlock;

    public sealed record Entry(
        ScenarioExecutionStatus Status, Exception? Error, DateTimeOffset Start, TimeSpan Duration, IReadOnlyList<Measurement> Measurements);
}
