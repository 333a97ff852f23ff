namespace Conformance.Evidence.Clock;

/// <summary>
/// Time that passes <c>factor</c> times faster than the wall clock: a 10 s polling interval takes 1 s at x10.
/// Every harness component takes time from the run's <see cref="TimeProvider"/>, so all of them scale together.
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly double _factor;
    private readonly long _originTimestamp;
    private readonly DateTimeOffset _originUtc;

    public ScaledTimeProvider(TimeProvider inner, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(factor, 0);
        (_inner, _factor) = (inner, factor);
        _originTimestamp = inner.GetTimestamp();
        _originUtc = inner.GetUtcNow();
    }

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override long GetTimestamp() =>
        _originTimestamp + (long)((_inner.GetTimestamp() - _originTimestamp) * _factor);

    public override DateTimeOffset GetUtcNow() => _originUtc + _inner.GetElapsedTime(_originTimestamp) * _factor;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(_inner.CreateTimer(callback, state, Shorten(dueTime), Shorten(period)), this);

    private TimeSpan Shorten(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? span : span / _factor;

    private sealed class ScaledTimer(ITimer inner, ScaledTimeProvider owner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Shorten(dueTime), owner.Shorten(period));
        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
