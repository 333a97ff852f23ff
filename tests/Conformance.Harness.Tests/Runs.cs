using Conformance.Harness.Tests.Fakes;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Runner.Catalogue;

namespace Conformance.Harness.Tests;

/// <summary>Plans of runs over this project's small features, with the fake binding, each writing under its own temporary folder.</summary>
internal static class Runs
{
    public static SystemUnderTestDescription Fake(string name) =>
        SystemUnderTestDescription.EmbeddedDefault with { Name = name, Binding = FakeBinding.DefaultName };

    public static SystemUnderTestDescription FakeVen(string name) => Fake(name) with
    {
        RoleUnderTest = Role.Ven,
        Capabilities = new HashSet<string> { "polling" },
    };

    public static RunPlan Plan(string features, SystemUnderTestDescription sut) => new(sut,
        FeatureCatalogue.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "features", features)),
        [new FakeBinding(), new FakeBinding("other")],
        Path.Combine(Path.GetTempPath(), "conformance-harness-tests", Guid.NewGuid().ToString("N")));
}
