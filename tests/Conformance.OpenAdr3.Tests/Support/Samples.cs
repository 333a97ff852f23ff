using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.Support;

/// <summary>Small valid objects for tests that need "a program", "an event", "a ven" and so on.</summary>
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

    /// <summary>The ven object BL creates for a VEN client, granting it <paramref name="targets"/> (User Guide 8.13-1).</summary>
    public static Wire.Ven BlVen(string clientId, IReadOnlyList<string>? targets = null) => new()
    {
        ObjectType = ObjectTypes.BlVenRequest,
        ClientId = clientId,
        VenName = TestVtn.Unique("ven"),
        Targets = targets,
    };

    /// <summary>The ven object a VEN creates for itself.</summary>
    public static Wire.Ven VenVen(string? name = null) => new() { ObjectType = ObjectTypes.VenVenRequest, VenName = name ?? TestVtn.Unique("ven") };

    /// <summary>A resource BL creates on a ven, granting <paramref name="targets"/> (User Guide 8.13-2).</summary>
    public static Resource BlResource(Wire.Ven ven, IReadOnlyList<string>? targets = null, string? name = null) => new()
    {
        ObjectType = ObjectTypes.BlResourceRequest,
        ClientId = ven.ClientId,
        VenId = ven.Id,
        ResourceName = name ?? TestVtn.Unique("resource"),
        Targets = targets,
    };

    /// <summary>A resource a VEN creates on its ven.</summary>
    public static Resource VenResource(string venId, string? name = null) => new()
    {
        ObjectType = ObjectTypes.VenResourceRequest,
        VenId = venId,
        ResourceName = name ?? TestVtn.Unique("resource"),
    };

    /// <summary>A subscription to event creation and update (Definition.md, Figure 4).</summary>
    public static Subscription Subscription(string? programId = null, string objectType = ObjectTypes.Event) => new()
    {
        ClientName = TestVtn.Unique("client"),
        ProgramId = programId,
        ObjectOperations =
        [
            new ObjectOperation
            {
                Objects = [objectType],
                Operations = [ObjectOperation.Create, ObjectOperation.Update],
                CallbackUrl = CallbackReceiver.Shared.ToString(), // answers the echo challenge
            },
        ],
    };
}
