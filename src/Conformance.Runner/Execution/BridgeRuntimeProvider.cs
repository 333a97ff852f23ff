using Conformance.Model.Verdicts;
using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace Conformance.Runner.Execution;

/// <summary>
/// The unit-test runtime provider Reqnroll asks to end a scenario early. The bridge runs without a test framework
/// in between, so each request becomes a verdict exception that the bridge reads back.
/// </summary>
internal sealed class BridgeRuntimeProvider : IUnitTestRuntimeProvider
{
    public const string Name = "conformance-bridge";

    // Undefined and pending steps both arrive here; the bridge tells them apart by each step's status.
    public void TestPending(string message) => throw new VerdictException(Verdict.Inconclusive, message);

    public void TestInconclusive(string message) => throw new VerdictException(Verdict.Inconclusive, message);

    public void TestIgnore(string message) => throw new VerdictException(Verdict.NotApplicable, message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => null;
}
