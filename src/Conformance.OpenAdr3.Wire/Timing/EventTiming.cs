namespace Conformance.OpenAdr3.Wire;

/// <summary>Interval timing rules of User Guide 7.3/7.4, for whoever must know which interval applies now.</summary>
public static class EventTiming
{
    /// <summary>
    /// The interval whose window contains <paramref name="now"/>, or null (not started, over, or untimed).
    /// An interval's own intervalPeriod overrides the event's; a missing start follows the previous interval.
    /// event.duration (looping) and randomizeStart are not applied.
    /// </summary>
    public static Interval? CurrentInterval(Event evt, DateTimeOffset now) =>
        Windows(evt, now).FirstOrDefault(w => w.Start <= now && now < w.End).Interval;

    /// <summary>
    /// True when every interval has a known window and the last one ended at or before <paramref name="now"/>:
    /// the event "has transpired" (searchAllEvents' active parameter). An event without intervals, or with
    /// one whose window is unknown, has not.
    /// </summary>
    public static bool HasTranspired(Event evt, DateTimeOffset now)
    {
        var windows = Windows(evt, now).ToList();
        return windows.Count > 0 && windows.All(w => w.End is { } end && end <= now);
    }

    private static IEnumerable<(Interval Interval, DateTimeOffset? Start, DateTimeOffset? End)> Windows(Event evt, DateTimeOffset now)
    {
        var intervals = evt.Intervals ?? [];
        DateTimeOffset? previousEnd = null;
        for (var i = 0; i < intervals.Count; i++)
        {
            var interval = intervals[i];
            var start = StartOf(evt, interval, i == 0, previousEnd, now);
            var duration = interval.IntervalPeriod?.Duration ?? evt.IntervalPeriod?.Duration;
            previousEnd = start is not null && OpenAdrDuration.TryParse(duration, out var length) ? Add(start.Value, length) : null;
            yield return (interval, start, previousEnd);
        }
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
