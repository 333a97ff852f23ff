namespace Conformance.Model.Verdicts;

/// <summary>
/// What a scenario's steps measured, kept for the reports. One per scenario: the runner creates it and Reqnroll's
/// context injection hands the same instance to every binding of that scenario.
/// </summary>
public sealed class ScenarioLedger(string scenarioId, string displayName)
{
    private readonly List<Measurement> _measurements = [];
    private readonly List<Finding> _findings = [];

    /// <summary>The scenario's stable id, stamped on its evidence.</summary>
    public string ScenarioId { get; } = scenarioId;

    public string DisplayName { get; } = displayName;

    public IReadOnlyList<Measurement> Measurements
    {
        get { lock (_measurements) return [.. _measurements]; }
    }

    public IReadOnlyList<Finding> Findings
    {
        get { lock (_findings) return [.. _findings]; }
    }

    /// <summary>Keeps a finding for the reports; the scenario goes on and its verdict does not change.</summary>
    public void Note(Finding finding)
    {
        lock (_findings) _findings.Add(finding);
    }

    /// <summary>
    /// Keeps a measurement for the reports and throws the failure verdict when the limit is not met.
    /// </summary>
    /// <param name="observed">What the measurement was taken from (deadline, times, evidence numbers), for the failure text.</param>
    public void Check(Measurement measurement, string observed)
    {
        lock (_measurements) _measurements.Add(measurement);
        if (!measurement.Satisfied) throw new VerdictException(Verdict.Fail, $"{measurement.Describe()}; {observed}", measurement);
    }
}
