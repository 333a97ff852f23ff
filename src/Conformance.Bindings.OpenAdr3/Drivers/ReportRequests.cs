using System.Globalization;
using System.Text.RegularExpressions;
using Conformance.Model.Quantities;
using Conformance.OpenAdr3.Wire;

namespace Conformance.Bindings.OpenAdr3.Drivers;

/// <summary>
/// Report requests (User Guide 6.6, 7.5) as the harness's business logic writes them and as the harness's VEN answers
/// them; see report-request.feature for the reading of the descriptor's fields.
/// </summary>
public static partial class ReportRequests
{
    /// <summary>User Guide 8.3's shape: one PRICE interval per hour from <paramref name="start"/>, ids from 0, asking for a report.</summary>
    public static Event HourlyPrices(string programId, string eventName, IReadOnlyList<decimal> prices, DateTimeOffset start,
        ReportDescriptor request, IReadOnlyList<string>? targets) => new()
        {
            ProgramId = programId,
            EventName = eventName,
            Targets = targets,
            IntervalPeriod = new IntervalPeriod
            {
                Start = start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                Duration = "PT1H"
            },
            PayloadDescriptors = [new EventPayloadDescriptor { ObjectType = ObjectTypes.EventPayloadDescriptor, PayloadType = PayloadTypes.Price,
                Units = "KWH", Currency = "USD" }],
            ReportDescriptors = [request],
            Intervals = [.. prices.Select((price, i) => new Interval { Id = i, Payloads = [ValuesMap.Of(PayloadTypes.Price, price)] })],
        };

    /// <summary>
    /// The event intervals a descriptor selects: startInterval s >= 0 selects s to s+n-1 (n = numIntervals, -1: to the
    /// last); s = -1 selects the last n (all when n = -1). Absent fields take the YAML's defaults (-1).
    /// </summary>
    public static IReadOnlyList<Interval> Selected(Event evt, ReportDescriptor descriptor)
    {
        var intervals = evt.Intervals ?? [];
        var (start, count) = (descriptor.StartInterval ?? -1, descriptor.NumIntervals ?? -1);
        if (start >= 0) return [.. intervals.Skip(start).Take(count < 0 ? int.MaxValue : count)];
        return count < 0 ? intervals : [.. intervals.TakeLast(count)];
    }

    /// <summary>
    /// The VEN's answer to a descriptor: one report on the event, a payload descriptor repeating the descriptor's
    /// payloadType, readingType and units, and one resource with a reading per interval id.
    /// </summary>
    public static Report Answer(Event evt, ReportDescriptor descriptor, string clientName, string resourceName,
        IReadOnlyList<(int IntervalId, decimal Value)> readings) => new()
        {
            EventId = evt.Id,
            ClientName = clientName,
            ReportName = $"{clientName}-{evt.EventName}",
            PayloadDescriptors =
            [
                new ReportPayloadDescriptor
                {
                    ObjectType = ObjectTypes.ReportPayloadDescriptor, PayloadType = descriptor.PayloadType, ReadingType = descriptor.ReadingType,
                    Units = descriptor.Units,
                },
            ],
            Resources =
            [
                new ReportResource
                {
                    ResourceName = resourceName,
                    Intervals = [.. readings.Select(r => new Interval { Id = r.IntervalId,
                        Payloads = [ValuesMap.Of(descriptor.PayloadType!, r.Value)] })],
                },
            ],
        };

    /// <summary>
    /// A reading as a feature writes it ("1.5 kWh", "800 W", "0.12") as a number in the report's OpenADR units (KWH for
    /// an energy, KW for a power: Definition.md's unit enumerations); a plain number is taken as it is.
    /// </summary>
    public static decimal ValueIn(string text, string? units)
    {
        var trimmed = text.Trim();
        if (EnergyText().IsMatch(trimmed))
        {
            return units == "KWH"
                ? (decimal)Energy.Parse(trimmed).KilowattHours
                : throw new FormatException($"reading '{text}' is an energy, but the report's units are {units ?? "not given"}, not KWH");
        }
        if (PowerText().IsMatch(trimmed))
        {
            return units == "KW"
                ? (decimal)Power.Parse(trimmed).Kilowatts
                : throw new FormatException($"reading '{text}' is a power, but the report's units are {units ?? "not given"}, not KW");
        }
        return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"reading '{text}' is neither a number nor an energy or power such as '1.5 kWh' or '800 W'");
    }

    [GeneratedRegex("^" + Energy.Pattern + "$")]
    private static partial Regex EnergyText();

    [GeneratedRegex("^" + Power.Pattern + "$")]
    private static partial Regex PowerText();
}
