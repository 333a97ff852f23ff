using System.Reflection;
using Conformance.Roles.Bindings;

namespace Conformance.Bindings.InMemory.Tests.Binding;

/// <summary>
/// A binding whose wire is a method call: the VTN, the energy service provider and the customer's energy manager all in
/// memory, every call recorded as evidence. It has no steps of its own: it runs the protocol-neutral features only.
/// </summary>
/// <param name="retrievalInterval">How often its energy manager fetches signals, on the run clock.</param>
public sealed class InMemoryBinding(TimeSpan retrievalInterval) : IBinding
{
    public string Name => "in-memory";

    public IReadOnlyList<Assembly> StepAssemblies => [];

    public Task<IBindingSession> StartAsync(BindingContext context, CancellationToken ct)
    {
        var wire = new InMemoryWire(context.Evidence);
        var vtn = new InMemoryVtn();
        var cem = new InMemoryCustomerEnergyManager(wire, vtn, context.Clock, retrievalInterval);
        return Task.FromResult<IBindingSession>(new Session(new RoleSet
        {
            EnergyServiceProvider = new InMemoryEnergyServiceProvider(wire, vtn),
            CustomerEnergyManager = cem,
        }, cem));
    }

    private sealed class Session(RoleSet roles, InMemoryCustomerEnergyManager cem) : IBindingSession
    {
        public RoleSet Roles => roles;

        public IReadOnlyList<object> Services => [];

        public ValueTask DisposeAsync() => cem.DisposeAsync();
    }
}
