using Conformance.Bindings.OpenAdr3;
using Conformance.Harness;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;

namespace Conformance.Features;

/// <summary>
/// The OpenADR 3.1 reference VTN and VEN over real HTTP, every one of them on the run's virtual clock: the scenarios give
/// the verdicts they give in real time, and every timing verdict says it was measured in virtual time.
/// </summary>
[TestFixture]
public sealed class VirtualTimeTests
{
    [Test]
    public async Task Event_distribution_on_openadr3_gives_the_same_verdicts_in_virtual_time()
    {
        var sut = SystemUnderTestDescription.EmbeddedDefault with { Clock = ClockSetting.Virtual };
        var output = Path.Combine(Path.GetTempPath(), "conformance-features", Guid.NewGuid().ToString("N"));
        var plan = FeatureScenarios.Plan(sut, new OpenAdr3Binding(), output);
        var scenarios = plan.Features.Scenarios.Where(s => s.Tags.Contains("TS62746-3-Fig17")).ToList();
        await using var run = await ConformanceRun.StartAsync(plan);

        foreach (var scenario in scenarios)
        {
            var result = await run.RunScenarioAsync(scenario);
            result.Verdict.Should().Be(Verdict.Pass, $"{scenario.DisplayName}: {result.Message}");
            result.Measurements.Should().NotBeEmpty().And.OnlyContain(m => m.Clock.Mode == TimeMode.Virtual);
        }
    }
}
