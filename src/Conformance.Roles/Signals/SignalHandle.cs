namespace Conformance.Roles.Signals;

/// <summary>A signal as the VTN accepted it: the id it gave, by which later messages are matched to it.</summary>
public sealed record SignalHandle(GridSignal Signal, string Id)
{
    public string Describe() => $"{Signal.Describe()} (id {Id})";
}

/// <summary>The message that carried a signal to the customer's energy manager.</summary>
public sealed record SignalReceipt(SignalHandle Signal);

/// <summary>A report the customer's energy manager sent on a signal, read in the use case's terms.</summary>
/// <param name="Values">The values reported, in the order sent; leniently read (a value that is not a number is absent).</param>
/// <param name="AcceptedByVtn">Whether the VTN accepted the report; a refused report does not count.</param>
public sealed record CemReport(SignalHandle Signal, ReplyKind What, IReadOnlyList<decimal> Values, bool AcceptedByVtn);
