namespace Conformance.Reporting.Allure;

/// <summary>A step of an Allure result; steps nest.</summary>
internal sealed record AllureStep(
    string Name,
    string Status,
    AllureStatusDetails? StatusDetails,
    string Stage,
    long Start,
    long Stop,
    IReadOnlyList<AllureStep> Steps,
    IReadOnlyList<AllureParameter> Parameters,
    IReadOnlyList<AllureAttachment> Attachments);
