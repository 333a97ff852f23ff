using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Reporting;

/// <summary>Everything a conformance run produced, as the reports present it.</summary>
/// <param name="Clock">The time mode the run was judged in.</param>
/// <param name="TagFilter">The tag expression that selected the scenarios, if any.</param>
/// <param name="Evidence">The whole run's evidence; each record names the scenario it belongs to.</param>
public sealed record RunReport(
    string RunId,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    ClockSetting Clock,
    SystemUnderTestDescription Sut,
    HarnessIdentity Harness,
    string? TagFilter,
    IReadOnlyList<ScenarioResult> Scenarios,
    IReadOnlyList<FeatureParseError> ParseErrors,
    IReadOnlyList<EvidenceRecord> Evidence)
{
    /// <summary>What else narrowed the run to some scenarios: locations (FILE:LINE) and a name pattern; null when nothing did.</summary>
    public string? Selection { get; init; }

    /// <summary>Conditions the binding stated the run was made under (a development switch, ...), in the order stated.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>
    /// The worst scenario verdict. A feature that could not be read is an error (its scenarios were never judged),
    /// and so is a run with no scenario at all: nothing was shown to conform.
    /// </summary>
    public Verdict RunVerdict => Scenarios.Count == 0 || ParseErrors.Count > 0
        ? Verdict.Error
        : Scenarios.Select(s => s.Verdict).Worst();
}
