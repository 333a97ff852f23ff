using Conformance.Bindings.OpenAdr3.Drivers;
using Conformance.Model.Verdicts;
using Reqnroll;

namespace Conformance.Bindings.OpenAdr3.Steps;

/// <summary>
/// Each scenario deletes what it created on a VTN under test, so that the next scenario and the next run find the VTN
/// as this one did; a failed delete is a finding, never a change of the verdict.
/// </summary>
[Binding]
public sealed class CleanUpHooks(GridDomain grid, ScenarioLedger ledger)
{
    /// <summary>The bound of one scenario's clean-up, whatever the VTN does.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    // After the scenario's other hooks (Reqnroll runs lower orders first), so that what they close is closed first.
    [AfterScenario(Order = 20_000)]
    public async Task DeleteWhatTheScenarioCreatedAsync()
    {
        using var bound = new CancellationTokenSource(Bound);
        foreach (var finding in await grid.CleanUpScenarioAsync(bound.Token)) ledger.Note(finding);
    }
}
