namespace Conformance.Reporting;

/// <summary>Where <see cref="ReportWriter"/> put a run's reports.</summary>
/// <param name="AllureResults">The allure-results folder, input of <see cref="AllureHtml"/>.</param>
/// <param name="AllureConfig">allurerc.json beside it: the report's name and categories for Allure 3.</param>
public sealed record ReportFiles(string AllureResults, string AllureConfig, string JUnit, string Summary);
