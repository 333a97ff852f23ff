using Conformance.Reporting.Allure;
using Conformance.Reporting.JUnit;
using Conformance.Reporting.Summary;

namespace Conformance.Reporting;

/// <summary>
/// Writes a run's reports beside its evidence.jsonl (which the evidence log wrote live and which is left alone):
/// Allure results (and their allurerc.json) for people, junit.xml for CI, summary.json for scripts.
/// </summary>
public static class ReportWriter
{
    public static async Task<ReportFiles> WriteAsync(RunReport report, string outputDirectory, CancellationToken ct)
    {
        Directory.CreateDirectory(outputDirectory);
        var allure = Path.Combine(outputDirectory, "allure-results");
        var allureConfig = Path.Combine(outputDirectory, AllureConfig.FileName);
        var junit = Path.Combine(outputDirectory, "junit.xml");
        var summary = Path.Combine(outputDirectory, "summary.json");
        await AllureResultsWriter.WriteAsync(report, allure, ct);
        await AllureConfig.WriteAsync(report, allureConfig, ct);
        await JUnitReport.WriteAsync(report, junit, ct);
        await SummaryReport.WriteAsync(report, summary, ct);
        return new ReportFiles(allure, allureConfig, junit, summary);
    }
}
