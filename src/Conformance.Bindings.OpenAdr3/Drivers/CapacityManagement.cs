using System.Globalization;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>One interval of a capacity event or request: its own period, the capacity in kW and a fee or price per kW.</summary>
public sealed record CapacityInterval(string Start, string Duration, decimal Kilowatts, decimal FeePerKilowatt);

/// <summary>
/// Dynamic capacity management (User Guide 8.10.2) in Definition.md's import enumerations; see dycm.feature for why
/// these and not the User Guide examples' spellings.
/// </summary>
public static class CapacityManagement
{
    public const string Subscription = "IMPORT_CAPACITY_SUBSCRIPTION";
    public const string Reservation = "IMPORT_CAPACITY_RESERVATION";
    public const string ReservationFee = "IMPORT_CAPACITY_RESERVATION_FEE";
    public const string Available = "IMPORT_CAPACITY_AVAILABLE";
    public const string AvailablePrice = "IMPORT_CAPACITY_AVAILABLE_PRICE";
    public const string RequestedCapacity = "IMPORT_RESERVATION_CAPACITY";
    public const string RequestedFee = "IMPORT_RESERVATION_FEE";

    /// <summary>Every capacity event asks for capacity requests, with intervals of the VEN's choosing (8.10.2's examples).</summary>
    public static ReportDescriptor RequestReport { get; } = new()
    {
        PayloadType = RequestedCapacity,
        Units = "KW",
        ReportIntervals = "OPEN_INTERVALS"
    };

    /// <summary>The customer's subscribed capacity, from now until further notice (P9999Y, User Guide 7.3's 'infinity').</summary>
    public static Event SubscriptionEvent(string programId, string eventName, string group, decimal kilowatts, DateTimeOffset start) => new()
    {
        ProgramId = programId,
        EventName = eventName,
        Targets = [group],
        IntervalPeriod = new IntervalPeriod
        {
            Start = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            Duration = "P9999Y"
        },
        PayloadDescriptors = [Descriptor(Subscription, currency: null)],
        ReportDescriptors = [RequestReport],
        Intervals = [new Interval { Id = 0, Payloads = [ValuesMap.Of(Subscription, kilowatts)] }],
    };

    /// <summary>A reservation (capacity and fee) or available (capacity and price) event: one interval per row, each with its own period.</summary>
    public static Event Announcement(string programId, string eventName, string group, string capacityType, string feeType,
        IReadOnlyList<CapacityInterval> intervals) => new()
        {
            ProgramId = programId,
            EventName = eventName,
            Targets = [group],
            PayloadDescriptors = [Descriptor(capacityType, currency: null), Descriptor(feeType, currency: "USD")],
            ReportDescriptors = [RequestReport],
            Intervals = [.. intervals.Select((row, i) => new Interval
            {
                Id = i,
                IntervalPeriod = new IntervalPeriod { Start = row.Start, Duration = row.Duration },
                Payloads = [ValuesMap.Of(capacityType, row.Kilowatts), ValuesMap.Of(feeType, row.FeePerKilowatt)],
            })],
        };

    /// <summary>The VEN's capacity request report on an event: one resource, one interval per requested period.</summary>
    public static Report Request(Event evt, string clientName, string resourceName, IReadOnlyList<CapacityInterval> intervals) => new()
    {
        EventId = evt.Id,
        ClientName = clientName,
        ReportName = $"{clientName}-capacity-request",
        PayloadDescriptors =
        [
            new ReportPayloadDescriptor { ObjectType = ObjectTypes.ReportPayloadDescriptor, PayloadType = RequestedCapacity, Units = "KW" },
            new ReportPayloadDescriptor { ObjectType = ObjectTypes.ReportPayloadDescriptor, PayloadType = RequestedFee },
        ],
        Resources =
        [
            new ReportResource
            {
                ResourceName = resourceName,
                Intervals = [.. intervals.Select((row, i) => new Interval
                {
                    Id = i,
                    IntervalPeriod = new IntervalPeriod { Start = row.Start, Duration = row.Duration },
                    Payloads = [ValuesMap.Of(RequestedCapacity, row.Kilowatts), ValuesMap.Of(RequestedFee, row.FeePerKilowatt)],
                })],
            },
        ],
    };

    /// <summary>Capacity in kW; a fee or price per kW in USD.</summary>
    private static EventPayloadDescriptor Descriptor(string payloadType, string? currency) =>
        new() { ObjectType = ObjectTypes.EventPayloadDescriptor, PayloadType = payloadType, Units = "KW", Currency = currency };
}
