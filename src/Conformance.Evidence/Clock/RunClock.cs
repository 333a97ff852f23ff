using Conformance.Model;

namespace Conformance.Evidence.Clock;

/// <summary>
/// The one clock of a run. Readings are monotonic (from <see cref="TimeProvider.GetTimestamp"/>, sub-microsecond on
/// Linux) and anchored to the UTC time at which the run started, so evidence can be ordered and subtracted exactly
/// and still be read as calendar time.
/// <para>
/// In virtual time the clock owns a <see cref="VirtualTimeProvider"/> and its loop: dispose the clock at the end of
/// the run. Real and scaled clocks own nothing, and disposing them does nothing.
/// </para>
/// </summary>
public sealed class RunClock : IAsyncDisposable, IDisposable
{
    private readonly long _startTimestamp;
    private readonly VirtualTimeProvider? _virtual;

    /// <param name="wallClock">The wall clock (the system's when null); virtual time starts at its now.</param>
    /// <param name="virtualTime">How virtual time settles and where it stops; its start defaults to the wall clock's now.</param>
    public RunClock(ClockSetting setting, TimeProvider? wallClock = null, VirtualTimeOptions? virtualTime = null)
    {
        var baseTime = wallClock ?? TimeProvider.System;
        Setting = setting;
        switch (setting.Mode)
        {
            case TimeMode.Virtual:
                virtualTime ??= new VirtualTimeOptions();
                _virtual = new VirtualTimeProvider(virtualTime with { Start = virtualTime.Start ?? baseTime.GetUtcNow() });
                Time = _virtual;
                Activity = _virtual;
                break;
            case TimeMode.Scaled:
                Time = new ScaledTimeProvider(baseTime, setting.Factor);
                Activity = NoRunActivity.Instance;
                break;
            default:
                Time = baseTime;
                Activity = NoRunActivity.Instance;
                break;
        }
        _startTimestamp = Time.GetTimestamp();
        StartedAt = Time.GetUtcNow();
    }

    public ClockSetting Setting { get; }

    /// <summary>The provider every role of the run takes its time from.</summary>
    public TimeProvider Time { get; }

    /// <summary>Where roles, receivers and recorders declare the I/O they wait for (only virtual time waits for it).</summary>
    public IRunActivity Activity { get; }

    /// <summary>The virtual time provider, in virtual time; null otherwise.</summary>
    public VirtualTimeProvider? Virtual => _virtual;

    public DateTimeOffset StartedAt { get; }

    /// <summary>Run time since the start, monotonic.</summary>
    public TimeSpan Elapsed => Time.GetElapsedTime(_startTimestamp);

    /// <summary>The UTC time of a run-time offset.</summary>
    public DateTimeOffset UtcAt(TimeSpan elapsed) => StartedAt + elapsed;

    public void Dispose() => _virtual?.Dispose();

    public ValueTask DisposeAsync() => _virtual?.DisposeAsync() ?? ValueTask.CompletedTask;
}
