using Conformance.Harness.Progress;
using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;
using Spectre.Console;

namespace Conformance.Cli.Running;

/// <summary>
/// The run's events on the console: the run's header, the binding's notices, one line per scenario verdict (with its
/// reason) and, on a terminal, a progress bar.
/// </summary>
internal sealed class ConsoleProgress(IAnsiConsole console) : IRunObserver
{
    /// <summary>The bar to advance as scenarios finish; null when the output is not a terminal.</summary>
    public ProgressTask? Bar { get; set; }

    /// <summary>reports/&lt;run-id&gt;/ once the run has started: where its evidence is, even if the run stops before a scenario.</summary>
    public string? ReportDirectory { get; private set; }

    public void OnEvent(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case RunStarted started:
                ReportDirectory = started.ReportDirectory;
                var (count, sut) = (started.Scenarios.Count, started.SystemUnderTest.Name);
                console.MarkupLineInterpolated($"Run [bold]{started.RunId}[/]: {count} scenario(s), system under test: {sut}, {started.Clock}");
                break;
            case OperatorNotice { Text: var text } when text.StartsWith("error: ", StringComparison.Ordinal):
                console.MarkupLineInterpolated($"[red]error:[/] {text["error: ".Length..]}");
                break;
            case OperatorNotice { Text: var text } when text.StartsWith("condition: ", StringComparison.Ordinal):
                console.MarkupLineInterpolated($"[yellow]condition of this run:[/] {text["condition: ".Length..]}");
                break;
            case OperatorNotice notice:
                console.MarkupLineInterpolated($"{notice.Text}");
                break;
            case ScenarioFinished finished:
                Print(finished.Result);
                Bar?.Increment(1);
                break;
        }
    }

    private void Print(ScenarioResult result)
    {
        var (mark, colour) = result.Verdict switch
        {
            Verdict.Pass => ("pass", "green"),
            Verdict.Fail => ("FAIL", "red"),
            Verdict.Error => ("ERROR", "red"),
            Verdict.Inconclusive => ("inconclusive", "yellow"),
            _ => ("not applicable", "grey"),
        };
        console.MarkupLineInterpolated($"  [{colour}]{mark}[/] {result.Scenario.DisplayName} [grey]({result.Duration.TotalSeconds:0.0} s)[/]");
        if (result.Message is { } message) console.MarkupLineInterpolated($"       [grey]{message}[/]");
    }
}
