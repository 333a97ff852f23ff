using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Cli.Running;

/// <summary>
/// Decides, before a scenario runs, whether the system under test can take part: a scenario tagged
/// @requires:&lt;capability&gt; for a capability the system under test does not declare is inconclusive, with that
/// reason in every report, never silently skipped.
/// </summary>
public static class ScenarioSelection
{
    public const string RequiresPrefix = "requires:";

    public static ScenarioResult? Precondition(ScenarioCase scenario, SystemUnderTestDescription sut, DateTimeOffset now)
    {
        var missing = scenario.Tags.Where(t => t.StartsWith(RequiresPrefix, StringComparison.Ordinal))
            .Select(t => t[RequiresPrefix.Length..]).Where(c => !sut.Supports(c)).ToList();
        if (missing.Count == 0) return null;
        var reason = $"not run: the system under test does not declare {string.Join(", ", missing.Select(c => $"'{c}'"))} among its capabilities";
        return ScenarioResult.NotRun(scenario, Verdict.Inconclusive, reason, now);
    }
}
