using System.Diagnostics;
using Conformance.Bindings.InMemory.Tests.Binding;
using Conformance.Harness;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Filtering;
using Conformance.Steps.UseCases;

namespace Conformance.Bindings.InMemory.Tests;

/// <summary>
/// The protocol-neutral features run unchanged, through the harness's own run, on a binding that lives in this project
/// alone: the use-case steps know roles, not protocols, and a binding's own features are not applicable to another.
/// </summary>
public sealed class ProtocolNeutralFeatureTests
{
    private static RunPlan Plan(ClockSetting clock, InMemoryBinding binding, string tags) =>
        new(SystemUnderTestDescription.EmbeddedDefault with { Binding = binding.Name, Clock = clock },
            FeatureCatalogue.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "features"), TestContext.CurrentContext.TestDirectory),
            [binding], Path.Combine(Path.GetTempPath(), "conformance-in-memory", Guid.NewGuid().ToString("N")))
        {
            Tags = TagExpression.Parse(tags),
            StepAssemblies = [typeof(DomainSteps).Assembly],
        };

    [Test]
    public async Task The_grid_features_run_on_the_in_memory_binding_and_the_openadr3_ones_are_not_applicable()
    {
        var result = await ConformanceRun.ExecuteAsync(Plan(ClockSetting.Real, new InMemoryBinding(TimeSpan.FromMilliseconds(200)), "@grid"));

        var scenarios = result.Report.Scenarios;
        scenarios.Where(s => s.Scenario.Tags.Contains("TS62746-3-Fig17")).Should().HaveCount(2)
            .And.OnlyContain(s => s.Verdict == Verdict.Pass, "event distribution speaks to roles only");
        scenarios.Where(s => s.Scenario.Tags.Contains("binding:openadr3")).Should().NotBeEmpty()
            .And.OnlyContain(s => s.Verdict == Verdict.NotApplicable && s.Message!.Contains("openadr3"));
        result.Report.Evidence.Should().NotBeEmpty().And.OnlyContain(r => r.Binding == InMemoryWire.Binding);
    }

    [Test]
    public async Task A_day_of_real_time_prices_passes_in_virtual_time_in_seconds_of_wall_time()
    {
        var wall = Stopwatch.StartNew();

        var result = await ConformanceRun.ExecuteAsync(Plan(ClockSetting.Virtual, new InMemoryBinding(TimeSpan.FromMinutes(5)), "@WGSP2112"));

        var day = result.Report.Scenarios.Should().ContainSingle().Subject;
        day.Verdict.Should().Be(Verdict.Pass, day.Message);
        day.Measurements.Should().HaveCount(24).And.OnlyContain(m => m.Clock.Mode == TimeMode.Virtual && m.Satisfied);
        result.Report.Duration.Should().BeGreaterThan(TimeSpan.FromHours(23), "the scenario publishes a price every hour for 24 hours");
        wall.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "virtual time runs a simulated day in seconds");
    }
}
