namespace Conformance.Roles.Signals;

/// <summary>A signal as the VTN accepted it: the id it gave, by which later messages are matched to it.</summary>
public sealed record SignalHandle(GridSignal Signal, string Id)
{
    public string Describe() => $"{Signal.Describe()} (id {Id})";
}

/// <summary>The message that carried a signal to the customer's energy manager.</summary>
public sealed record SignalReceipt(SignalHandle Signal);

/// <summary>A report the customer's energy manager sent on a signal, read in the use case's terms.</summary>
/// <param name="Values">The values of the reply's kind, as numbers (1 and 1.0 alike); what is not a number is left out.</param>
/// <param name="Sent">What it sent for the reply, quoted from the message (e.g. <c>SIMPLE_LEVEL [1.0]</c>), for failure messages.</param>
/// <param name="AcceptedByVtn">Whether the VTN accepted the report; a refused report does not count.</param>
/// <param name="VtnAnswer">The VTN's answer in one line: its record, status and problem (or that none came).</param>
public sealed record CemReport(
    SignalHandle Signal, ReplyKind What, IReadOnlyList<decimal> Values, string Sent, bool AcceptedByVtn, string VtnAnswer);
