using System.Collections.Concurrent;
using Conformance.Bindings.OpenAdr3.Conformity;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>
/// Violations seen by <see cref="SpecConformanceHandler"/>, kept under the NUnit test (or fixture, for
/// one-time set-ups) whose code sent the request, so the right test fails.
/// </summary>
internal static class SpecViolations
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<SpecViolation>> ByTest = new();

    public static void Record(SpecViolation violation)
    {
        var owner = TestExecutionContext.CurrentContext.CurrentTest.FullName;
        ByTest.GetOrAdd(owner, _ => new ConcurrentQueue<SpecViolation>()).Enqueue(violation);
    }

    /// <summary>Removes and returns what the running test recorded so far, for a test that checks request by request.</summary>
    public static IReadOnlyList<SpecViolation> TakeCurrent() =>
        ByTest.TryRemove(TestExecutionContext.CurrentContext.CurrentTest.FullName, out var queue) ? [.. queue] : [];

    /// <summary>
    /// Removes and returns everything recorded, each line naming the test or fixture that sent the request:
    /// its own, its fixture's one-time set-up, or a test before it whose background work answered late.
    /// </summary>
    public static IReadOnlyList<string> TakeAll()
    {
        var taken = new List<string>();
        foreach (var owner in ByTest.Keys)
            if (ByTest.TryRemove(owner, out var queue)) taken.AddRange(queue.Select(v => $"{v} (sent by {owner})"));
        return taken;
    }
}

/// <summary>
/// Fails every test after which a VTN response that departs from openadr3.yaml was recorded, naming the
/// operation, status, JSON path and message: tests run one at a time, so what is recorded by then came from
/// this test, its fixture's one-time set-up (failing the first test), or a late answer to an earlier one.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class SpecConformanceAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test)
    {
    }

    public void AfterTest(ITest test)
    {
        var violations = SpecViolations.TakeAll();
        if (violations.Count > 0)
            Assert.Fail($"The VTN answered outside openadr3.yaml:\n  {string.Join("\n  ", violations)}");
    }
}
