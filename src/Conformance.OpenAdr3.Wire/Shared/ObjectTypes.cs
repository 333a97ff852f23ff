namespace Conformance.OpenAdr3.Wire;

/// <summary>The YAML's objectTypes enum plus the objectType discriminators of descriptors and ven requests.</summary>
public static class ObjectTypes
{
    public const string Program = "PROGRAM";
    public const string Event = "EVENT";
    public const string Report = "REPORT";
    public const string Subscription = "SUBSCRIPTION";
    public const string Ven = "VEN";
    public const string Resource = "RESOURCE";

    /// <summary>The YAML's objectTypes enum: the types of objects addressable through the API.</summary>
    public static readonly IReadOnlyList<string> Addressable = [Program, Event, Report, Subscription, Ven, Resource];

    public const string EventPayloadDescriptor = "EVENT_PAYLOAD_DESCRIPTOR";
    public const string ReportPayloadDescriptor = "REPORT_PAYLOAD_DESCRIPTOR";
    public const string BlVenRequest = "BL_VEN_REQUEST";
    public const string VenVenRequest = "VEN_VEN_REQUEST";
    public const string BlResourceRequest = "BL_RESOURCE_REQUEST";
    public const string VenResourceRequest = "VEN_RESOURCE_REQUEST";
}
