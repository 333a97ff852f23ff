using System.Text.Json;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Ven;

/// <summary>The report a VEN sends for one reportDescriptor of an event: one resource, one interval, the value it applied.</summary>
internal static class ReportBuilder
{
    public static Report Build(Event evt, ReportDescriptor descriptor, string venName, DateTimeOffset now)
    {
        var current = EventTiming.CurrentInterval(evt, now);
        var value = descriptor.PayloadType == PayloadTypes.SimpleLevel
            ? FirstValue((current ?? evt.Intervals?.FirstOrDefault())?.Payloads, PayloadTypes.Simple)
            : FirstValue(evt.Intervals?.FirstOrDefault()?.Payloads, type: null);

        return new Report
        {
            EventId = evt.Id,
            ClientName = venName,
            ReportName = $"{venName}-{evt.Id}",
            PayloadDescriptors =
            [
                new ReportPayloadDescriptor
                {
                    ObjectType = ObjectTypes.ReportPayloadDescriptor,
                    PayloadType = descriptor.PayloadType,
                    ReadingType = descriptor.ReadingType,
                    Units = descriptor.Units,
                },
            ],
            Resources =
            [
                new ReportResource
                {
                    ResourceName = venName,
                    Intervals =
                    [
                        // Report intervals reuse the event interval's id (User Guide 7.5); 0 when there is none.
                        new Interval
                        {
                            Id = current?.Id ?? 0,
                            Payloads = [new ValuesMap { Type = descriptor.PayloadType, Values = value is { } v ? [v] : [] }],
                        },
                    ],
                },
            ],
        };
    }

    /// <summary>The first value of the first payload of <paramref name="type"/> (any type when null).</summary>
    private static JsonElement? FirstValue(IReadOnlyList<ValuesMap>? payloads, string? type) =>
        payloads?.FirstOrDefault(p => type is null || p.Type == type)?.Values?.FirstOrDefault() is { ValueKind: not JsonValueKind.Undefined } value
            ? value
            : null;
}
