using Conformance.Model.Verdicts;
using Reqnroll;

namespace Conformance.Runner.Execution;

/// <summary>
/// Maps what happened in a step to a verdict. Only the harness's own verdict exceptions and assertion failures
/// judge the system under test; anything else that escapes a step is a fault of the harness or the environment.
/// </summary>
internal static class OutcomeClassifier
{
    public static (StepStatus Status, Verdict Verdict) Classify(ScenarioExecutionStatus status, Exception? error) => status switch
    {
        ScenarioExecutionStatus.OK => (StepStatus.Passed, Verdict.Pass),
        ScenarioExecutionStatus.Skipped => (StepStatus.Skipped, Verdict.NotApplicable),
        ScenarioExecutionStatus.UndefinedStep => (StepStatus.Undefined, Verdict.Error),
        ScenarioExecutionStatus.StepDefinitionPending => (StepStatus.Pending, Verdict.Inconclusive),
        ScenarioExecutionStatus.BindingError => (StepStatus.Ambiguous, Verdict.Error),
        _ => FromException(error),
    };

    public static (StepStatus Status, Verdict Verdict) FromException(Exception? error) => error switch
    {
        VerdictException { Verdict: Verdict.Fail } => (StepStatus.Failed, Verdict.Fail),
        VerdictException verdict => (StepStatus.Error, verdict.Verdict),
        BindingException => (StepStatus.Ambiguous, Verdict.Error),
        not null when IsAssertion(error) => (StepStatus.Failed, Verdict.Fail),
        _ => (StepStatus.Error, Verdict.Error),
    };

    /// <summary>NUnit's and FluentAssertions' assertion failures count as a failed check, by type name so the
    /// runner depends on neither.</summary>
    private static bool IsAssertion(Exception error) =>
        error.GetType().Name is "AssertionException" or "AssertionFailedException" or "MultipleAssertException";
}
