using Conformance.OpenAdr3.Tests.Spec;

[assembly: SpecConformance]

// In the root namespace, so the set-up fixture wraps every test of the assembly.
namespace Conformance.OpenAdr3.Tests;

/// <summary>
/// The final check, for a response that came after the last test ended (a background poll): NUnit reports a
/// failure here as an error of the run's teardown, not as a failed test. Every earlier one fails a test.
/// </summary>
[SetUpFixture]
public class SpecConformanceChecks
{
    [OneTimeTearDown]
    public void No_unreported_spec_violations_remain()
    {
        var left = SpecViolations.TakeAll();
        Assert.That(left, Is.Empty, () => $"The VTN answered outside openadr3.yaml:\n  {string.Join("\n  ", left)}");
    }
}
