using Conformance.Evidence.Log;
using Conformance.Model.Execution;
using Conformance.Model.SystemUnderTest;
using Conformance.Model.Verdicts;
using Conformance.Roles.Bindings;
using Conformance.Roles.Grid;
using Reqnroll;

namespace Conformance.Harness.Tests.Fakes;

[Binding]
public sealed class FakeSteps(FakeDevice device, ScenarioCancellation cancellation, EvidenceLog evidence, ScenarioLedger ledger)
{
    [Given("the device says {string}")]
    public void TheDeviceSays(string text) => device.Say(text);

    [Given("the device says {string} {int} times")]
    public async Task TheDeviceSaysTimes(string text, int times)
    {
        for (var i = 0; i < times; i++)
        {
            device.Say($"{text}-{i}");
            await Task.Yield();
        }
    }

    [Then("the evidence of this scenario holds {int} message(s)")]
    public void TheEvidenceHolds(int count)
    {
        var own = evidence.ForScenario(ledger.ScenarioId).Count;
        if (own != count) throw Judge.Fail($"{count} messages in this scenario's evidence", $"it holds {own}");
    }

    [When("the device hangs, ignoring its cancellation")]
    public Task TheDeviceHangs()
    {
        device.Hanging.TrySetResult();
        return new TaskCompletionSource().Task;
    }

    [When("the device hangs until it is cancelled")]
    public Task TheDeviceHangsUntilCancelled()
    {
        device.Hanging.TrySetResult();
        return Task.Delay(Timeout.InfiniteTimeSpan, cancellation.Token);
    }

    [Then("all is well")]
    public void AllIsWell() { }

    [Then("the device fails")]
    public void TheDeviceFails() => throw Judge.Fail("the device to answer", "it did not");
}

[Binding]
public sealed class InjectionSteps(RoleSet roles, IEnergyServiceProvider provider, SystemUnderTestDescription sut)
{
    [Then("the energy service provider is the binding's and the system under test is {string}")]
    public void TheProviderIsTheBindings(string name)
    {
        if (!ReferenceEquals(roles.EnergyServiceProvider, provider)) throw Judge.Fail("the role by its interface", "another instance");
        if (sut.Name != name) throw Judge.Fail($"system under test '{name}'", $"'{sut.Name}'");
    }
}
