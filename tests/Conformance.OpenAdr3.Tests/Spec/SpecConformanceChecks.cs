using Conformance.OpenAdr3.Tests.Spec;

[assembly: SpecConformance]

namespace Conformance.OpenAdr3.Tests.Spec;

/// <summary>The final check: no response that departs from openadr3.yaml goes unreported, whoever sent it.</summary>
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
