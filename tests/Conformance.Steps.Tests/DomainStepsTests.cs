using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model;
using Conformance.Model.Execution;
using Conformance.Steps.UseCases;

namespace Conformance.Steps.Tests;

/// <summary>
/// Joining the domain: enrollment is the business logic's out-of-band job, so the VEN is enrolled by it unless it declares
/// that it enrolls itself, and nothing is judged of the VEN in either case.
/// </summary>
public sealed class DomainStepsTests
{
    private EvidenceLog _evidence = null!;
    private ScriptedCustomerEnergyManager _cem = null!;
    private AcceptingProvider _provider = null!;
    private DomainSteps _steps = null!;

    [SetUp]
    public void Start()
    {
        _evidence = new EvidenceLog(new RunClock(ClockSetting.Real), path: null);
        _cem = new ScriptedCustomerEnergyManager(_evidence, TimeSpan.FromSeconds(10));
        _provider = new AcceptingProvider(_evidence);
        _steps = new DomainSteps(_provider, _cem, new ScenarioCancellation());
    }

    [TearDown]
    public void Stop() => _evidence.Dispose();

    [Test]
    public async Task A_ven_that_does_not_enroll_itself_is_enrolled_by_the_business_logic_before_it_joins()
    {
        await _steps.AVenEnrolled();

        _provider.Enrolled.Should().Equal("scripted-ven");
        _evidence.Snapshot().Select(r => r.Http!.Target).Should().Equal("/enroll", "/join");
    }

    [Test]
    public async Task A_ven_that_enrolls_itself_is_left_to_do_so()
    {
        _cem.EnrollsItself = true;

        await _steps.AVenEnrolled();

        _provider.Enrolled.Should().BeEmpty();
        _evidence.Snapshot().Select(r => r.Http!.Target).Should().Equal("/join");
    }
}
