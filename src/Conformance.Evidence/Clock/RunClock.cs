using Conformance.Model;

namespace Conformance.Evidence.Clock;

/// <summary>
/// The one clock of a run. Readings are monotonic (from <see cref="TimeProvider.GetTimestamp"/>, sub-microsecond on
/// Linux) and anchored to the UTC time at which the run started, so evidence can be ordered and subtracted exactly
/// and still be read as calendar time.
/// </summary>
public sealed class RunClock
{
    private readonly long _startTimestamp;

    public RunClock(ClockSetting setting, TimeProvider? wallClock = null)
    {
        var baseTime = wallClock ?? TimeProvider.System;
        Setting = setting;
        Time = setting.Mode == TimeMode.Scaled ? new ScaledTimeProvider(baseTime, setting.Factor) : baseTime;
        _startTimestamp = Time.GetTimestamp();
        StartedAt = Time.GetUtcNow();
    }

    public ClockSetting Setting { get; }

    /// <summary>The provider every role of the run takes its time from.</summary>
    public TimeProvider Time { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>Run time since the start, monotonic.</summary>
    public TimeSpan Elapsed => Time.GetElapsedTime(_startTimestamp);

    /// <summary>The UTC time of a run-time offset.</summary>
    public DateTimeOffset UtcAt(TimeSpan elapsed) => StartedAt + elapsed;
}
