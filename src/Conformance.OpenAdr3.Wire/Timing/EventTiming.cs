namespace Conformance.OpenAdr3.Wire;

/// <summary>Interval timing rules of User Guide 7.3/7.4, for whoever must know which interval applies now.</summary>
public static class EventTiming
{
    /// <summary>
    /// The interval whose window contains <paramref name="now"/>, or null (not started, over, or untimed).
    /// An interval's own intervalPeriod overrides the event's; a missing start follows the previous interval.
    /// event.duration (looping) and randomizeStart are not applied.
    /// </summary>
    public static Interval? CurrentInterval(Event evt, DateTimeOffset now)
    {
        var intervals = evt.Intervals ?? [];
        DateTimeOffset? previousEnd = null;
        for (var i = 0; i < intervals.Count; i++)
        {
            var interval = intervals[i];
            var start = StartOf(evt, interval, i == 0, previousEnd, now);
            var duration = interval.IntervalPeriod?.Duration ?? evt.IntervalPeriod?.Duration;
            if (start is null || !OpenAdrDuration.TryParse(duration, out var length))
            {
                previousEnd = null;
                continue;
            }
            var end = Add(start.Value, length);
            if (start <= now && now < end) return interval;
            previousEnd = end;
        }
        return null;
    }

    private static DateTimeOffset? StartOf(Event evt, Interval interval, bool first, DateTimeOffset? previousEnd, DateTimeOffset now)
    {
        var own = interval.IntervalPeriod?.Start;
        if (own is not null && !OpenAdrTime.IsBeginningOfTime(own))
            return OpenAdrTime.TryParse(own, out var absolute) ? absolute : null;
        if (!first) return previousEnd;
        if (evt.IntervalPeriod?.Start is { } eventStart)
            return OpenAdrTime.TryParse(eventStart, out var start) ? start : null;
        // First interval at 'the beginning of time' with no event period: a 'do it now' interval.
        return own is not null ? now : null;
    }

    // P9999Y from a real date overflows DateTimeOffset; infinity saturates instead.
    private static DateTimeOffset Add(DateTimeOffset start, TimeSpan length) =>
        length >= DateTimeOffset.MaxValue - start ? DateTimeOffset.MaxValue : start + length;
}
