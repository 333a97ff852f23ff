using Conformance.Model.Verdicts;
using Reqnroll;
using Reqnroll.Events;

namespace Conformance.Runner.Execution;

/// <summary>
/// Listens to Reqnroll's execution events and keeps each step's status, error, timing and measurements: results
/// come from Reqnroll's own events, not from code in the steps.
/// </summary>
internal sealed class StepJournal(TimeProvider time) : IAsyncExecutionEventListener
{
    private readonly List<Entry> _entries = [];
    private DateTimeOffset _stepStart;
    private int _measurementsBefore;

    public ScenarioLedger? Ledger { get; set; }

    public IReadOnlyList<Entry> Entries => _entries;

    public void Reset() => _entries.Clear();

    public Task OnEventAsync(IExecutionEvent executionEvent)
    {
        switch (executionEvent)
        {
            case StepStartedEvent:
                _stepStart = time.GetUtcNow();
                _measurementsBefore = Ledger?.Measurements.Count ?? 0;
                break;
            case StepFinishedEvent finished:
                var status = finished.StepContext.Status;
                var error = status == ScenarioExecutionStatus.OK || status == ScenarioExecutionStatus.Skipped
                    ? null
                    : (finished.StepContext as ScenarioStepContext)?.StepError ?? finished.ScenarioContext.TestError;
                var measurements = Ledger?.Measurements.Skip(_measurementsBefore).ToList() ?? [];
                _entries.Add(new Entry(status, error, _stepStart, time.GetUtcNow() - _stepStart, measurements));
                break;
        }
        return Task.CompletedTask;
    }

    public sealed record Entry(ScenarioExecutionStatus Status, Exception? Error, DateTimeOffset Start, TimeSpan Duration, IReadOnlyList<Measurement> Measurements);
}
