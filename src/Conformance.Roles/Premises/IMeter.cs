using Conformance.Roles.Observations;

namespace Conformance.Roles.Premises;

/// <summary>A meter at the premises (TR 62746-2: the smart meter the CEM and Actor B read), read in the use case's terms.</summary>
public interface IMeter
{
    string Name { get; }

    /// <summary>Reads the meter now: energy imported so far and the power drawn at this instant.</summary>
    Task<Observation<MeterReading>> ReadAsync(CancellationToken ct);
}

/// <param name="At">When the reading was taken, on the run clock.</param>
/// <param name="ImportedEnergyKwh">The register's energy drawn from the grid since the run started.</param>
/// <param name="PowerKw">The power drawn at <paramref name="At"/>; negative when feeding in.</param>
public sealed record MeterReading(DateTimeOffset At, decimal ImportedEnergyKwh, decimal PowerKw);
