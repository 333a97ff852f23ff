using Conformance.OpenAdr3.Wire;
// The benchmark's own top-level Program class would shadow the wire's.
using OpenAdrProgram = Conformance.OpenAdr3.Wire.Program;

namespace Conformance.Benchmarks.Fleet;

/// <summary>
/// What BL publishes for the fleet: one program and <see cref="EventCount"/> day-ahead price events of 24 hourly
/// PRICE intervals each, the User Guide's staple use case, so the poll answer has a realistic size.
/// No targets: every VEN reads every event, so every VEN's poll answer is the same bytes.
/// </summary>
internal static class TariffProgram
{
    public const int EventCount = 10;
    private const int HoursPerDay = 24;

    /// <summary>Midnight UTC after today: the first day the events price.</summary>
    public static DateTimeOffset Tomorrow => new(DateTime.UtcNow.Date.AddDays(1), TimeSpan.Zero);

    public static OpenAdrProgram Program() => new() { ProgramName = "benchmark-day-ahead-tariff" };

    public static Event Event(string programId, int day, DateTimeOffset firstDay) => new()
    {
        ProgramId = programId,
        EventName = $"day-ahead-prices-{day}",
        Priority = 0,
        IntervalPeriod = new IntervalPeriod { Start = OpenAdrTime.Format(firstDay.AddDays(day)), Duration = "PT1H" },
        PayloadDescriptors =
        [
            new EventPayloadDescriptor
            {
                ObjectType = ObjectTypes.EventPayloadDescriptor,
                PayloadType = PayloadTypes.Price,
                Units = "KWH",
                Currency = "USD",
            },
        ],
        Intervals = Enumerable.Range(0, HoursPerDay)
            .Select(hour => new Interval { Id = hour, Payloads = [ValuesMap.Of(PayloadTypes.Price, Math.Round(0.12 + 0.01 * (hour % 8), 2))] })
            .ToList(),
    };
}
