namespace Conformance.Reporting.Allure;

/// <param name="Message">Why the result or step is not passed, as users read it.</param>
/// <param name="Trace">Stack trace or further detail.</param>
internal sealed record AllureStatusDetails(string? Message, string? Trace);
