using Conformance.Roles.Observations;

namespace Conformance.Roles.Premises;

/// <summary>
/// A device's resource manager at the premises (EN 50491-12-2's RM: washing machine, EV charger, battery, PV, heat
/// pump), which offers its flexibility to the premises' CEM and follows its instructions.
/// </summary>
public interface IResourceManager
{
    string Name { get; }

    /// <summary>The power the device draws now, by its own account.</summary>
    Task<Observation<DevicePower>> PowerAsync(CancellationToken ct);
}

/// <param name="PowerKw">Drawn from the premises' supply; negative when the device produces.</param>
public sealed record DevicePower(DateTimeOffset At, decimal PowerKw);
