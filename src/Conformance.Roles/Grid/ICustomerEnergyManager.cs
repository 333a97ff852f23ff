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
    /// Brings it into the VTN's domain: starts the reference one, or waits (bounded) for the one under test to
    /// connect, looking for its first exchange about its enrollment as <paramref name="watch"/> says.
    /// </summary>
    Task<Observation<string>> JoinAsync(Watch watch, CancellationToken ct);

    /// <summary>The first message that carried the signal to it, looked for as <paramref name="watch"/> says.</summary>
    Task<Observation<SignalReceipt>> ReceiptOfAsync(SignalHandle signal, Watch watch, CancellationToken ct);

    /// <summary>Its report on the signal (the one that answers the signal's reply request), looked for as <paramref name="watch"/> says.</summary>
    Task<Observation<CemReport>> ReportOnAsync(SignalHandle signal, Watch watch, CancellationToken ct);
}
