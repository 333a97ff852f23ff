using Conformance.Roles.Observations;

namespace Conformance.Roles.Premises;

/// <summary>
/// The CEM on the premises side (EN 50491-12-2): it connects the devices' resource managers and instructs them. On the
/// grid side the same system is the <see cref="Grid.ICustomerEnergyManager"/>.
/// </summary>
public interface IPremisesEnergyManager
{
    string Name { get; }

    /// <summary>The resource managers connected to it now.</summary>
    Task<Observation<IReadOnlyList<string>>> ConnectedDevicesAsync(CancellationToken ct);
}
