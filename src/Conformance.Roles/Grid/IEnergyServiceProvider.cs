using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Roles.Grid;

/// <summary>
/// The energy service provider's business logic (IEC TR 62746-2's "Actor A": energy provider, aggregator, grid
/// operator), which reaches the customer's energy manager through its VTN. Always played by the harness.
/// </summary>
public interface IEnergyServiceProvider
{
    /// <summary>Makes sure the VTN offers a program of that name (a DR programme, a tariff).</summary>
    Task EnsureProgramAsync(string program, CancellationToken ct);

    /// <summary>
    /// Enrolls the customer's energy manager with the VTN out of band, as the business logic does before it connects (its
    /// account on the VTN, from what the system under test declares); one already enrolled is kept.
    /// </summary>
    Task EnrollAsync(ICustomerEnergyManager cem, CancellationToken ct);

    /// <summary>Publishes a signal on the VTN; the observation is the VTN's acceptance (its record is the answer).</summary>
    Task<Observation<SignalHandle>> PublishAsync(GridSignal signal, CancellationToken ct);
}
