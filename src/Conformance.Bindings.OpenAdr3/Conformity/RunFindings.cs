using Conformance.Model.Verdicts;

namespace Conformance.Bindings.OpenAdr3.Conformity;

/// <summary>
/// The findings one run's clients and receivers make while a scenario runs, kept under the scenario the evidence record
/// was stamped with until <see cref="ConformityHooks"/> hands them to that scenario's ledger. One per run (the grid
/// domain's), so two runs in one process never mix; a finding made once per run (an http VTN) is noted once.
/// </summary>
public sealed class RunFindings
{
    private readonly Dictionary<string, List<Finding>> _byScenario = [];
    private readonly HashSet<string> _oncePerRun = [];

    /// <summary>Keeps a finding for <paramref name="scenarioId"/>; one already kept for its record and path is not repeated.</summary>
    public void Note(string? scenarioId, Finding finding)
    {
        lock (_byScenario)
        {
            if (!_byScenario.TryGetValue(scenarioId ?? "", out var findings)) _byScenario[scenarioId ?? ""] = findings = [];
            if (finding.Record is not null && findings.Any(f => f.Record == finding.Record && f.Path == finding.Path)) return;
            findings.Add(finding);
        }
    }

    /// <summary>Keeps a finding about the run (its VTN URL, its broker) under the first scenario that meets it, and only then.</summary>
    public void NoteOnce(string key, string? scenarioId, Finding finding)
    {
        lock (_byScenario)
            if (!_oncePerRun.Add(key)) return;
        Note(scenarioId, finding);
    }

    /// <summary>
    /// Hands over, and forgets, what was found while <paramref name="scenarioId"/> ran, and what was found outside any
    /// scenario before it (the preflight's exchanges): the first scenario to run after them reports those.
    /// </summary>
    public IReadOnlyList<Finding> Take(string scenarioId)
    {
        lock (_byScenario)
        {
            var outside = _byScenario.Remove("", out var before) ? before : [];
            return _byScenario.Remove(scenarioId, out var findings) ? [.. outside, .. findings] : outside;
        }
    }
}
