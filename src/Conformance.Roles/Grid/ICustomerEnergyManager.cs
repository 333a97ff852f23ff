using Conformance.Roles.Observations;
using Conformance.Roles.Signals;

namespace Conformance.Roles.Grid;

/// <summary>
/// The customer's energy manager on the grid side (IEC 62746-3's VEN, TR 62746-2's CEM): the harness's reference
/// one, or the one under test, which the harness watches on the wire but does not drive.
/// </summary>
public interface ICustomerEnergyManager
{
    /// <summary>Its name as the VTN knows it.</summary>
    string Name { get; }

    /// <summary>The longest it takes, by its declaration, to fetch new signals (its polling interval).</summary>
    TimeSpan RetrievalInterval { get; }

    /// <summary>
    /// Whether it enrolls itself with the VTN (a capability it declares); otherwise the energy service provider's business
    /// logic enrolls it out of band (<see cref="IEnergyServiceProvider.EnrollAsync"/>).
    /// </summary>
    bool EnrollsItself { get; }

    /// <summary>
    /// Brings it into the VTN's domain once it is enrolled (or free to enroll itself): starts the reference one; the one
    /// under test runs by itself (its first contact was awaited before the first scenario), so nothing is judged here.
    /// </summary>
    Task JoinAsync(CancellationToken ct);

    /// <summary>The first message that carried the signal to it, looked for as <paramref name="watch"/> says.</summary>
    Task<Observation<SignalReceipt>> ReceiptOfAsync(SignalHandle signal, Watch watch, CancellationToken ct);

    /// <summary>
    /// Its report on the signal: the first that answers the signal's reply request (other reports it sends are kept as
    /// related messages), with the VTN's answer to it, looked for as <paramref name="watch"/> says.
    /// </summary>
    Task<Observation<CemReport>> ReportOnAsync(SignalHandle signal, Watch watch, CancellationToken ct);
}
