using System.Xml;
using Conformance.OpenAdr3.Wire;
using Conformance.Roles.Signals;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>The OpenADR 3.1 shape of the events the grid features publish.</summary>
public static class OpenAdrEvents
{
    /// <summary>
    /// A SIMPLE event (levels 0-3, OpenADR 3.1 enumerations) of one hour starting now, with a report descriptor
    /// asking each VEN to report the SIMPLE_LEVEL it applies: the VEN's action, observable on the wire.
    /// </summary>
    public static Event SimpleLevel(string programId, string eventName, int level, DateTimeOffset start) =>
        For(programId, new GridSignal(eventName, "", SignalKind.DispatchLevel, [new SignalInterval(start, TimeSpan.FromHours(1), level)], null,
            new ReplyRequest(ReplyKind.AppliedLevel)));

    /// <summary>
    /// A use case's signal as an OpenADR 3.1 event: a dispatch level is a SIMPLE payload, a price a PRICE payload, a
    /// limitation of consumption an IMPORT_CAPACITY_LIMIT payload (OpenADR 3.1 enumerations); the reply it asks for is
    /// its report descriptor (SIMPLE_LEVEL for the applied level, USAGE for consumption). The first interval's period
    /// is the event's; later intervals carry their own.
    /// </summary>
    public static Event For(string programId, GridSignal signal)
    {
        var payloadType = signal.Kind switch
        {
            SignalKind.DispatchLevel => "SIMPLE",
            SignalKind.Price => "PRICE",
            SignalKind.ConsumptionLimit => "IMPORT_CAPACITY_LIMIT",
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal.Kind, "no OpenADR 3.1 payload type for this kind of signal"),
        };
        var first = signal.Intervals[0];
        return new Event
        {
            ProgramId = programId,
            EventName = signal.Name,
            IntervalPeriod = Period(first),
            PayloadDescriptors = [new EventPayloadDescriptor { ObjectType = ObjectTypes.EventPayloadDescriptor, PayloadType = payloadType,
                // A price is per kWh in the signal's currency; other payloads carry the signal's unit (e.g. KW).
                Units = signal.Kind == SignalKind.Price ? "KWH" : signal.Unit, Currency = signal.Kind == SignalKind.Price ? signal.Unit : null }],
            ReportDescriptors = signal.Reply is { } reply
                ? [new ReportDescriptor { PayloadType = ReportPayloadType(reply.What) }]
                : null,
            Intervals = [.. signal.Intervals.Select((interval, i) => new Interval
            {
                Id = i,
                IntervalPeriod = i == 0 ? null : Period(interval),
                Payloads = [ValuesMap.Of(payloadType, Number(interval.Value))],
            })],
        };
    }

    /// <summary>The payloadType of the report descriptor that asks for the reply (and of the payload that answers it).</summary>
    public static string ReportPayloadType(ReplyKind what) => what == ReplyKind.AppliedLevel ? "SIMPLE_LEVEL" : "USAGE";

    private static IntervalPeriod Period(SignalInterval interval) => new()
    {
        Start = interval.Start is { } start ? start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ") : null,
        Duration = interval.Duration is { } duration ? XmlConvert.ToString(duration) : null,
    };

    /// <summary>Whole values go out as integers (a SIMPLE level is 0-3), others as decimals.</summary>
    private static object Number(decimal value) => value == decimal.Truncate(value) ? (long)value : value;
}
