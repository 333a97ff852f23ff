namespace Conformance.Reporting.Allure;

/// <summary>An Allure label: feature, suite, story, tag and the like group and filter results.</summary>
internal sealed record AllureLabel(string Name, string Value);
