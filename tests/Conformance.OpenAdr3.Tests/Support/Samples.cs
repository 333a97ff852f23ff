using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>Small valid objects for tests that need "a program" or "an event".</summary>
internal static class Samples
{
    public static Program Program(string? name = null, IReadOnlyList<string>? targets = null) =>
        new() { ProgramName = name ?? TestVtn.Unique("program"), Targets = targets };

    /// <summary>A 'do it now' SIMPLE event (User Guide 7.3) that runs 'forever' and asks for a SIMPLE_LEVEL report.</summary>
    public static Event SimpleEvent(string programId, int level, IReadOnlyList<string>? targets = null) => new()
    {
        ProgramId = programId,
        EventName = TestVtn.Unique("event"),
        Targets = targets,
        IntervalPeriod = new IntervalPeriod { Start = OpenAdrTime.BeginningOfTime, Duration = OpenAdrDuration.Infinity },
        PayloadDescriptors = [new EventPayloadDescriptor { ObjectType = ObjectTypes.EventPayloadDescriptor, PayloadType = PayloadTypes.Simple }],
        ReportDescriptors = [new ReportDescriptor { PayloadType = PayloadTypes.SimpleLevel }],
        Intervals = [new Interval { Id = 0, Payloads = [ValuesMap.Of(PayloadTypes.Simple, level)] }],
    };
}
