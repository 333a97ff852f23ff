using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Harness.Rules;

/// <summary>
/// The rules a scenario judges, from its tags: `@rule:&lt;id&gt;` names a normative statement (listed with its quote in
/// docs/openadr3-traceability.md), `@interpretation` marks a check that rests on the harness's reading where the
/// specification has no normative sentence. A fail cites the scenario's rules in its message; a fail of an
/// interpretation is no conformance verdict: the scenario passes and the failure is kept as an advisory finding.
/// </summary>
public static partial class ScenarioRules
{
    public const string RulePrefix = "rule:";
    public const string InterpretationTag = "interpretation";

    /// <summary>The rule ids of the scenario's tags, in order, without the prefix.</summary>
    public static IReadOnlyList<string> Of(ScenarioCase scenario) =>
        [.. scenario.Tags.Where(t => t.StartsWith(RulePrefix, StringComparison.Ordinal)).Select(t => t[RulePrefix.Length..]).Distinct()];

    public static bool IsInterpretation(ScenarioCase scenario) => scenario.Tags.Contains(InterpretationTag, StringComparer.Ordinal);

    /// <summary>
    /// What the run reports for a scenario the bridge ran: a fail cites the scenario's rules, a fail of an
    /// interpretation becomes a pass with an advisory finding; every other result is as it came.
    /// </summary>
    public static ScenarioResult Judge(ScenarioResult result)
    {
        if (result.Verdict != Verdict.Fail) return result;
        var message = Cite(result.Message ?? "the scenario failed", Of(result.Scenario));
        return IsInterpretation(result.Scenario) ? AsAdvisory(result, message) : result with { Message = message };
    }

    private static string Cite(string message, IReadOnlyList<string> rules)
    {
        var uncited = rules.Where(id => !message.Contains(id, StringComparison.Ordinal)).ToList();
        return uncited.Count == 0 ? message : $"{message} [rule {string.Join(", ", uncited)}]";
    }

    // The steps keep their status (what happened), but no step outweighs the scenario's verdict: a scenario's verdict
    // stays the worst of its steps' verdicts, and the failure is read from the finding.
    private static ScenarioResult AsAdvisory(ScenarioResult result, string message)
    {
        var scenario = result.Scenario;
        var finding = new Finding($"@interpretation: no normative sentence, the reading of {scenario.Feature.File}", message,
            FirstRecord(message), Kind: FindingKind.Advisory);
        return result with
        {
            Verdict = Verdict.Pass,
            Message = null,
            Steps = [.. result.Steps.Select(s => s.Verdict == Verdict.Fail ? s with { Verdict = Verdict.Pass } : s)],
            Findings = [.. result.Findings, finding],
        };
    }

    /// <summary>The first evidence record a message names, as `Summary` writes it ("#12 t=1.234567 s ...").</summary>
    private static long? FirstRecord(string message) =>
        RecordReference().Match(message) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"#(\d+) t=")]
    private static partial Regex RecordReference();
}
