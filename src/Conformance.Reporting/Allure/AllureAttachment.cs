namespace Conformance.Reporting.Allure;

/// <param name="Source">The attachment's file name, in the same allure-results folder.</param>
/// <param name="Type">Its MIME type.</param>
internal sealed record AllureAttachment(string Name, string Source, string Type);
