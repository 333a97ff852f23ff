namespace Conformance.Reporting.Allure;

/// <summary>
/// categories.json: the report's defect groups, one per verdict that needs attention, so that a failure of the
/// system under test is never mixed up with a fault of the harness or an undecided scenario.
/// </summary>
internal static class AllureCategories
{
    public sealed record Category(string Name, string Description, IReadOnlyList<string> MatchedStatuses);

    public static IReadOnlyList<Category> All { get; } =
    [
        new("Fail", "The system under test did not behave as the standard requires.", ["failed"]),
        new("Error", "A fault of the harness or of the environment, not a judgement of the system under test.", ["broken"]),
        new("Inconclusive", "Neither pass nor fail could be concluded.", ["unknown"]),
    ];
}
