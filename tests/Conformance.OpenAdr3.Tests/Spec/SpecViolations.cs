using System.Collections.Concurrent;
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
        var owner = TestExecutionContext.CurrentContext.CurrentTest.Id;
        ByTest.GetOrAdd(owner, _ => new ConcurrentQueue<SpecViolation>()).Enqueue(violation);
    }

    /// <summary>Removes and returns what <paramref name="test"/> and the suites around it recorded.</summary>
    public static IReadOnlyList<SpecViolation> Take(ITest test)
    {
        var taken = new List<SpecViolation>();
        for (var current = test; current is not null; current = current.Parent)
            if (ByTest.TryRemove(current.Id, out var queue)) taken.AddRange(queue);
        return taken;
    }

    /// <summary>Removes and returns what the running test recorded so far, for a test that checks request by request.</summary>
    public static IReadOnlyList<SpecViolation> TakeCurrent() =>
        ByTest.TryRemove(TestExecutionContext.CurrentContext.CurrentTest.Id, out var queue) ? [.. queue] : [];

    /// <summary>Whatever no test has taken yet (e.g. recorded by a fixture without tests).</summary>
    public static IReadOnlyList<SpecViolation> TakeAll()
    {
        var taken = new List<SpecViolation>();
        foreach (var key in ByTest.Keys)
            if (ByTest.TryRemove(key, out var queue)) taken.AddRange(queue);
        return taken;
    }
}

/// <summary>
/// Fails every test after which a VTN response that departs from openadr3.yaml was recorded, naming the
/// operation, status, JSON path and message; a fixture's one-time set-up violations fail its first test.
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
        var violations = SpecViolations.Take(test);
        if (violations.Count > 0)
            Assert.Fail($"The VTN answered outside openadr3.yaml:\n  {string.Join("\n  ", violations)}");
    }
}
