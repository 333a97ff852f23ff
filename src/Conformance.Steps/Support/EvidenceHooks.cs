using Conformance.Evidence.Log;
using Conformance.Model.Verdicts;
using Reqnroll;

namespace Conformance.Steps.Support;

/// <summary>Stamps every message seen while a scenario runs with that scenario's id, for its evidence excerpt.</summary>
[Binding]
public sealed class EvidenceHooks(EvidenceLog evidence, ScenarioLedger ledger)
{
    [BeforeScenario(Order = 0)]
    public void BeginScenario() => evidence.CurrentScenario = ledger.ScenarioId;

    [AfterScenario(Order = int.MaxValue)]
    public void EndScenario() => evidence.CurrentScenario = null;
}
