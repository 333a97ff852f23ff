using Conformance.Roles.Grid;
using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Bindings.InMemory.Tests.Binding;

/// <summary>The energy service provider's business logic, calling the in-memory VTN.</summary>
internal sealed class InMemoryEnergyServiceProvider(InMemoryWire wire, InMemoryVtn vtn) : IEnergyServiceProvider
{
    public const string Role = "BusinessLogic";

    public Task EnsureProgramAsync(string program, CancellationToken ct)
    {
        wire.Call(Role, "Vtn", "programs/ensure", new { program }, () => vtn.EnsureProgram(program));
        return Task.CompletedTask;
    }

    public Task EnrollAsync(ICustomerEnergyManager cem, CancellationToken ct) =>
        throw new NotSupportedException("the in-memory energy manager joins the domain by itself");

    public Task<Observation<SignalHandle>> PublishAsync(GridSignal signal, CancellationToken ct)
    {
        var (_, answer, published) = wire.Call(Role, "Vtn", "signals/publish", signal, () => vtn.Publish(signal));
        return Task.FromResult(Observation<SignalHandle>.Of(new SignalHandle(signal, published.Id), answer));
    }
}
