using Conformance.Roles.Grid;
using Conformance.Roles.Premises;

namespace Conformance.Roles.Bindings;

/// <summary>
/// The roles a binding plays or reaches in a run, in IEC 62746's words. A role the binding does not offer is null, and
/// a step that needs it makes its scenario not applicable to the run, with that reason.
/// </summary>
public sealed record RoleSet
{
    /// <summary>The energy service provider's business logic, which publishes signals through the VTN.</summary>
    public IEnergyServiceProvider? EnergyServiceProvider { get; init; }

    /// <summary>The customer's energy manager (the VEN/CEM), the harness's reference one or the one under test.</summary>
    public ICustomerEnergyManager? CustomerEnergyManager { get; init; }

    /// <summary>The CEM on the premises side, towards the devices.</summary>
    public IPremisesEnergyManager? PremisesEnergyManager { get; init; }

    /// <summary>The devices' resource managers at the premises.</summary>
    public IReadOnlyList<IResourceManager> ResourceManagers { get; init; } = [];

    /// <summary>The premises' meter.</summary>
    public IMeter? Meter { get; init; }
}
