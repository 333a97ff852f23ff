using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.Summary;

/// <summary>
/// summary.json: the run in figures for scripts and dashboards. Its shape is written out below as it appears in
/// the file (camelCase); verdicts use their wire names.
/// </summary>
internal static class SummaryReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A measurement may be NaN or infinite (e.g. nothing arrived); the summary must still be written.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(RunReport report, string path, CancellationToken ct)
    {
        var sut = report.Sut;
        var summary = new
        {
            runId = report.RunId,
            startedAt = report.StartedAt,
            durationSeconds = report.Duration.TotalSeconds,
            verdict = report.RunVerdict.ToWireName(),
            counts = Enum.GetValues<Verdict>().ToDictionary(v => v.ToWireName(), v => report.Scenarios.Count(s => s.Verdict == v)),
            total = report.Scenarios.Count,
            findings = report.Scenarios.Sum(s => s.Findings.Count),
            systemUnderTest = new
            {
                name = sut.Name,
                vendor = sut.Vendor,
                version = sut.Version,
                roleUnderTest = sut.RoleUnderTest is { } role ? JsonNamingPolicy.CamelCase.ConvertName(role.ToString()) : "none",
                binding = sut.Binding,
                capabilities = sut.Capabilities.Order(StringComparer.Ordinal).ToList(),
            },
            harness = new { version = report.Harness.Version, commit = report.Harness.Commit },
            time = new { mode = Wording.Mode(report.Clock), factor = report.Clock.Factor },
            tagFilter = report.TagFilter,
            selection = report.Selection,
            conditions = report.Conditions,
            parseErrors = report.ParseErrors.Select(e => new { file = e.File, line = e.Line, column = e.Column, message = e.Message }),
            scenarios = report.Scenarios.Select(Scenario),
        };
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, summary, Json, ct);
    }

    private static object Scenario(ScenarioResult result) => new
    {
        id = result.Scenario.Id,
        name = result.Scenario.DisplayName,
        useCases = result.Scenario.UseCaseIds.ToList(),
        tags = result.Scenario.Tags,
        verdict = result.Verdict.ToWireName(),
        message = result.Message,
        decidingStep = result.DecidingStep is { Step: var step }
            ? new { keyword = step.Keyword, text = step.Text, line = step.Line }
            : null,
        measurements = result.Measurements.Select(m => new
        {
            name = m.Name,
            value = m.Value,
            unit = m.Unit,
            limit = m.Limit,
            kind = JsonNamingPolicy.CamelCase.ConvertName(m.Kind.ToString()),
            margin = m.Margin,
            verdict = m.Verdict.ToWireName(),
            timeMode = Wording.Mode(m.Clock),
            factor = m.Clock.Factor,
        }),
        findings = result.Findings.Select(f => new
        {
            rule = f.Rule,
            message = f.Message,
            record = f.Record,
            path = f.Path,
            kind = JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()),
        }),
    };
}
