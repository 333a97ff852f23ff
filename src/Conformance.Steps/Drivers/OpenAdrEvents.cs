using Conformance.OpenAdr3.Wire;

namespace Conformance.Steps.Drivers;

/// <summary>The OpenADR 3.1 shape of the events the grid features publish.</summary>
public static class OpenAdrEvents
{
    /// <summary>
    /// A SIMPLE event (levels 0-3, OpenADR 3.1 enumerations) of one hour starting now, with a report descriptor
    /// asking each VEN to report the SIMPLE_LEVEL it applies: the VEN's action, observable on the wire.
    /// </summary>
    public static Event SimpleLevel(string programId, string eventName, int level, DateTimeOffset start) => new()
    {
        ProgramId = programId,
        EventName = eventName,
        IntervalPeriod = new IntervalPeriod { Start = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"), Duration = "PT1H" },
        PayloadDescriptors = [new EventPayloadDescriptor { ObjectType = ObjectTypes.EventPayloadDescriptor, PayloadType = "SIMPLE" }],
        ReportDescriptors = [new ReportDescriptor { PayloadType = "SIMPLE_LEVEL" }],
        Intervals = [new Interval { Id = 0, Payloads = [ValuesMap.Of("SIMPLE", level)] }],
    };
}
