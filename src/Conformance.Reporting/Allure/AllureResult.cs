namespace Conformance.Reporting.Allure;

/// <summary>
/// One test result in Allure's results format (a "&lt;uuid&gt;-result.json" file, read by Allure 2 and Allure 3).
/// Times are Unix milliseconds; statuses are passed, failed, broken, skipped or unknown.
/// </summary>
/// <param name="HistoryId">Same for the same scenario in every run, so that Allure can show its history.</param>
internal sealed record AllureResult(
    string Uuid,
    string HistoryId,
    string TestCaseId,
    string Name,
    string FullName,
    string? Description,
    string Status,
    AllureStatusDetails? StatusDetails,
    string Stage,
    long Start,
    long Stop,
    IReadOnlyList<AllureLabel> Labels,
    IReadOnlyList<AllureParameter> Parameters,
    IReadOnlyList<AllureStep> Steps,
    IReadOnlyList<AllureAttachment> Attachments);
