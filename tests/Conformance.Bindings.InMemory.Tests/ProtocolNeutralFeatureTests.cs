using Conformance.Bindings.InMemory.Tests.Binding;
using System.Diagnostics;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Roles.Bindings;
using Conformance.Runner.Catalogue;
using Conformance.Runner.Execution;
using Reqnroll.BoDi;

namespace Conformance.Bindings.InMemory.Tests;

/// <summary>
/// The protocol-neutral event-distribution feature (IEC TS 62746-3 Fig 17) runs unchanged on a binding that lives in this
/// project alone: the use-case steps know roles, not protocols.
/// </summary>
public sealed class ProtocolNeutralFeatureTests
{
    private static readonly string Features = Path.Combine(TestContext.CurrentContext.TestDirectory, "features");

    [Test]
    public async Task The_event_distribution_feature_passes_on_the_in_memory_binding()
    {
        var scenarios = FeatureCatalogue.Load(Features, TestContext.CurrentContext.TestDirectory).Scenarios
            .Where(s => s.Tags.Contains("TS62746-3-Fig17")).ToList();
        scenarios.Should().NotBeEmpty();

        var sut = SystemUnderTestDescription.EmbeddedDefault;
        var clock = new RunClock(sut.Clock);
        using var evidence = new EvidenceLog(clock, path: null);
        await using var session = await new InMemoryBinding(TimeSpan.FromMilliseconds(200))
            .StartAsync(new BindingContext(sut, clock, evidence, Path.GetTempPath(), _ => { }), CancellationToken.None);
        await using var bridge = new ScenarioBridge(typeof(Steps.UseCases.DomainSteps).Assembly, c => Register(c, sut, clock, evidence, session), clock.Time);

        foreach (var scenario in scenarios)
        {
            var result = await bridge.RunAsync(scenario);
            result.Verdict.Should().Be(Verdict.Pass, $"{scenario.DisplayName}: {result.Message}");
        }
        evidence.Snapshot().Should().NotBeEmpty().And.OnlyContain(r => r.Binding == InMemoryWire.Binding);
    }

    [Test]
    public async Task A_day_of_real_time_prices_passes_in_virtual_time_in_seconds_of_wall_time()
    {
        var scenario = FeatureCatalogue.Load(Features, TestContext.CurrentContext.TestDirectory).Scenarios.Single(s => s.Tags.Contains("WGSP2112"));
        var sut = SystemUnderTestDescription.EmbeddedDefault with { Clock = ClockSetting.Virtual };
        var wall = Stopwatch.StartNew();
        await using var clock = new RunClock(sut.Clock);
        using var evidence = new EvidenceLog(clock, path: null);
        await using var session = await new InMemoryBinding(TimeSpan.FromMinutes(5))
            .StartAsync(new BindingContext(sut, clock, evidence, Path.GetTempPath(), _ => { }), CancellationToken.None);
        await using var bridge = new ScenarioBridge(typeof(Steps.UseCases.DomainSteps).Assembly, c => Register(c, sut, clock, evidence, session), clock.Time);

        var result = await bridge.RunAsync(scenario);

        result.Verdict.Should().Be(Verdict.Pass, result.Message);
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromHours(23), "the scenario publishes a price every hour for 24 hours");
        result.Measurements.Should().HaveCount(24).And.OnlyContain(m => m.Clock.Mode == TimeMode.Virtual && m.Satisfied);
        wall.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "virtual time runs a simulated day in seconds");
    }

    private static void Register(IObjectContainer container, SystemUnderTestDescription sut, RunClock clock, EvidenceLog evidence, IBindingSession session)
    {
        container.RegisterInstanceAs(sut);
        container.RegisterInstanceAs(clock);
        container.RegisterInstanceAs(evidence);
        container.RegisterInstanceAs(session.Roles.EnergyServiceProvider!);
        container.RegisterInstanceAs(session.Roles.CustomerEnergyManager!);
    }
}
