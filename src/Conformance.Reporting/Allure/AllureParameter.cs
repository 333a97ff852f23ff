namespace Conformance.Reporting.Allure;

/// <summary>A value that distinguishes one run of a test from another, e.g. an Examples column.</summary>
internal sealed record AllureParameter(string Name, string Value);
