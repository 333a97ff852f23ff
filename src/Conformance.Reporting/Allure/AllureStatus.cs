using Conformance.Model.Verdicts;
using Conformance.Runner.Execution;

namespace Conformance.Reporting.Allure;

/// <summary>
/// Conformance verdicts and step statuses in Allure's five statuses. Only pass becomes "passed": inconclusive is
/// "unknown" (neither passed nor a judgement), and "broken" is kept for harness and environment faults.
/// </summary>
internal static class AllureStatus
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "passed",
        Verdict.Fail => "failed",
        Verdict.Error => "broken",
        Verdict.Inconclusive => "unknown",
        Verdict.NotApplicable => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static string Of(StepStatus status) => status switch
    {
        StepStatus.Passed => "passed",
        StepStatus.Failed => "failed",
        StepStatus.Error or StepStatus.Undefined or StepStatus.Ambiguous => "broken",
        StepStatus.Pending => "unknown",
        StepStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
