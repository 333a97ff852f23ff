using System.Globalization;
using System.Text;
using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.JUnit;

/// <summary>
/// A scenario as plain text, for CI tools that show only a failure's body: the verdict and its message, then
/// every step with its status, its message and what it measured.
/// </summary>
internal static class StepByStep
{
    public static string Describe(ScenarioResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Verdict.ToWireName()}: {result.Message ?? "(no message)"}");
        text.AppendLine();
        foreach (var step in result.Steps)
        {
            var status = step.Status.ToString().ToLowerInvariant();
            text.AppendLine(CultureInfo.InvariantCulture, $"[{status}] {step.Step.Keyword} {step.Step.Text} (line {step.Step.Line})");
            if (step.Message is { } message) Indent(text, message);
            foreach (var measurement in step.Measurements)
                text.AppendLine(CultureInfo.InvariantCulture, $"    measured: {measurement.Describe()} -> {measurement.Verdict.ToWireName()}");
        }
        if (result.Findings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("findings (not judged by this scenario):");
            foreach (var finding in result.Findings) text.Append("    ").AppendLine(finding.Describe());
        }
        if (result.DecidingStep?.Detail is { } detail)
        {
            text.AppendLine();
            text.AppendLine("detail:");
            Indent(text, detail);
        }
        return text.ToString();
    }

    private static void Indent(StringBuilder text, string lines)
    {
        foreach (var line in lines.ReplaceLineEndings("\n").Split('\n'))
            text.Append("    ").AppendLine(line);
    }
}
