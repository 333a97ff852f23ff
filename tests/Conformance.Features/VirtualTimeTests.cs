using Conformance.Bindings.OpenAdr3;
using Conformance.Bindings.OpenAdr3.Support;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;

namespace Conformance.Features;

/// <summary>
/// The OpenADR 3.1 reference VTN and VEN over real HTTP, every one of them on the run's virtual clock: the scenarios give
/// the verdicts they give in real time, and every timing verdict says it was measured in virtual time.
/// </summary>
[TestFixture]
public sealed class VirtualTimeTests
{
    private static readonly string FeaturesDirectory = Path.Combine(TestContext.CurrentContext.TestDirectory, "features");

    [Test]
    public async Task Event_distribution_on_openadr3_gives_the_same_verdicts_in_virtual_time()
    {
        var scenarios = FeatureCatalogue.Load(FeaturesDirectory, TestContext.CurrentContext.TestDirectory).Scenarios
            .Where(s => s.Tags.Contains("TS62746-3-Fig17")).ToList();
        var sut = SystemUnderTestDescription.EmbeddedDefault with { Clock = ClockSetting.Virtual };
        await using var clock = new RunClock(sut.Clock);
        using var evidence = new EvidenceLog(clock, path: null);
        await using var harness = new HarnessRun(sut, clock, evidence);
        await using var bridge = new ScenarioBridge(typeof(Steps.UseCases.DomainSteps).Assembly, harness.Register, clock.Time, [typeof(OpenAdr3Binding).Assembly]);

        foreach (var scenario in scenarios)
        {
            var result = await bridge.RunAsync(scenario);
            result.Verdict.Should().Be(Verdict.Pass, $"{scenario.DisplayName}: {result.Message}");
            result.Measurements.Should().NotBeEmpty().And.OnlyContain(m => m.Clock.Mode == TimeMode.Virtual);
        }
    }
}
