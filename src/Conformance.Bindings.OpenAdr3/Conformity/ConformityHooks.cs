using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Model.Verdicts;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>
/// Hands a scenario the findings its exchanges made (<see cref="RunFindings"/>): the scenario's verdict is its steps',
/// the findings stand beside it in every report.
/// </summary>
[Binding]
public sealed class ConformityHooks(GridDomain grid, ScenarioLedger ledger)
{
    [AfterStep]
    [AfterScenario]
    public void NoteFindings()
    {
        foreach (var finding in grid.Findings.Take(ledger.ScenarioId)) ledger.Note(finding);
    }
}
