using System.Globalization;

namespace Conformance.Evidence.Clock;

/// <summary>How a <see cref="VirtualTimeProvider"/> starts, settles and stops.</summary>
public sealed record VirtualTimeOptions
{
    /// <summary>The UTC time at virtual t=0; the wall clock's now when null.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>
    /// How long (wall time) nothing may change before the run counts as idle and time may jump: long enough for the
    /// async continuations of the last timer or activity to run. Every jump costs about this much wall time.
    /// </summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>Virtual time past which the provider stops advancing and reports an error, or null for no limit.</summary>
    public TimeSpan? Horizon { get; init; }
}

/// <summary>Virtual time stopped: a timer was due past the horizon, or a timer callback failed.</summary>
public sealed class VirtualTimeException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Time that stands still while anything in the run is busy and jumps to the next due timer when everything is idle,
/// so a day of tariffs and forecasts runs in seconds with the same verdicts as in real time. Only for runs in which
/// every role is the harness's own: every role, receiver and simulation must take its time (and its timers, through
/// <see cref="CreateTimer"/>: <c>Task.Delay</c>, <c>PeriodicTimer</c>, <c>CancellationTokenSource</c>,
/// <c>Task.WaitAsync</c>) from this provider, and declare the I/O it waits for with <see cref="BeginActivity"/>.
/// <para>
/// Idle means: no activity open and no timer callback running, and nothing changed (no activity opened or closed,
/// no timer created, changed or disposed) for <see cref="VirtualTimeOptions.QuietPeriod"/> of wall time, with the
/// thread pool's queue empty (waited for a few more quiet periods at most). Then time jumps to the earliest due timer
/// and every timer due at that instant fires, in due order and then creation order, one after the other on the
/// provider's own loop. Timers due at the current instant fire at once, busy or not: only jumps wait for idleness.
/// </para>
/// </summary>
public sealed class VirtualTimeProvider : TimeProvider, IRunActivity, IAsyncDisposable, IDisposable
{
    /// <summary>How many extra quiet periods a jump waits for while the thread pool still has work queued.</summary>
    private const int MaxExtraQuietPeriods = 20;

    private readonly Lock _gate = new();
    private readonly SortedSet<VirtualTimer> _queue = new(DueOrder.Instance);
    private readonly TimeSpan _quietPeriod;
    private readonly long? _horizonTicks;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _now;
    private long _nextTimerId;
    private long _version;
    private int _openActivities;
    private bool _stopping;
    private Exception? _error;
    private TaskCompletionSource _changed = NewSignal();

    public VirtualTimeProvider(VirtualTimeOptions? options = null)
    {
        options ??= new VirtualTimeOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QuietPeriod, TimeSpan.Zero, nameof(options.QuietPeriod));
        if (options.Horizon is { } horizon) ArgumentOutOfRangeException.ThrowIfLessThan(horizon, TimeSpan.Zero, nameof(options.Horizon));
        Start = options.Start ?? System.GetUtcNow();
        _quietPeriod = options.QuietPeriod;
        _horizonTicks = options.Horizon?.Ticks;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The UTC time at virtual t=0.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Virtual time since <see cref="Start"/>.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Volatile.Read(ref _now));

    public int OpenActivities
    {
        get { lock (_gate) return _openActivities; }
    }

    /// <summary>Timers scheduled to fire (a disposed or stopped timer is not counted).</summary>
    public int PendingTimers
    {
        get { lock (_gate) return _queue.Count; }
    }

    /// <summary>
    /// Completes when the provider is disposed; faults with a <see cref="VirtualTimeException"/> when time stopped
    /// because a timer was due past the horizon or a timer callback threw.
    /// </summary>
    public Task Stopped => _loop;

    /// <summary>Why time stopped before the provider was disposed, if it did.</summary>
    public Exception? Error
    {
        get { lock (_gate) return _error; }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Start.UtcTicks + Volatile.Read(ref _now);

    public override DateTimeOffset GetUtcNow() => Start + Elapsed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state, Interlocked.Increment(ref _nextTimerId));
        Change(timer, dueTime, period);
        return timer;
    }

    /// <summary>Declares work the clock cannot see; time stands still until the result is disposed.</summary>
    public IDisposable BeginActivity()
    {
        lock (_gate)
        {
            _openActivities++;
            Touch();
        }
        return new Activity(this);
    }

    /// <summary>Stops the loop without waiting for it; timers not yet fired never fire.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_stopping) return;
            _stopping = true;
            Touch();
        }
        _stop.Cancel();
    }

    /// <summary>Stops the loop and waits for it (and a timer callback it is running) to end.</summary>
    public async ValueTask DisposeAsync()
    {
        Dispose();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (VirtualTimeException)
        {
            // Already reported through Stopped and Error.
        }
    }

    private async Task RunAsync()
    {
        var extraQuietPeriods = 0;
        while (true)
        {
            FireDueTimers();

            Task changed;
            long version;
            lock (_gate)
            {
                if (_stopping) return;
                if (_queue.Count > 0 && _queue.Min!.Due <= _now) continue;
                changed = _changed.Task;
                version = _version;
            }

            // Nothing can happen until something changes: busy, or no timer to jump to.
            if (!await SettleAsync(changed, version).ConfigureAwait(false))
            {
                extraQuietPeriods = 0;
                continue;
            }

            lock (_gate)
            {
                if (_stopping) return;
                if (_version != version || _openActivities > 0 || _queue.Count == 0)
                {
                    extraQuietPeriods = 0;
                    continue;
                }
                if (ThreadPool.PendingWorkItemCount > 0 && extraQuietPeriods < MaxExtraQuietPeriods)
                {
                    extraQuietPeriods++;
                    continue;
                }
                extraQuietPeriods = 0;
                var next = _queue.Min!.Due;
                if (next <= _now) continue;
                if (_horizonTicks is { } horizon && next > horizon)
                    Fail($"virtual time stopped at t={Seconds(_now)} s: the next timer is due at t={Seconds(next)} s, " +
                        $"past the horizon of {Seconds(horizon)} s");
                Volatile.Write(ref _now, next);
            }
        }
    }

    /// <summary>
    /// Waits one quiet period when the run looks idle (true), or for the next change when it is busy or has no timer
    /// (false). False too when the provider is stopping.
    /// </summary>
    private async Task<bool> SettleAsync(Task changed, long version)
    {
        bool idle;
        lock (_gate) idle = _version == version && _openActivities == 0 && _queue.Count > 0;
        try
        {
            if (!idle)
            {
                await changed.WaitAsync(_stop.Token).ConfigureAwait(false);
                return false;
            }
            if (_quietPeriod > TimeSpan.Zero) await Task.Delay(_quietPeriod, _stop.Token).ConfigureAwait(false);
            else await Task.Yield();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void FireDueTimers()
    {
        while (true)
        {
            VirtualTimer timer;
            lock (_gate)
            {
                if (_stopping || _queue.Count == 0 || _queue.Min!.Due > _now) return;
                timer = _queue.Min;
                _queue.Remove(timer);
                if (timer.Period > 0)
                {
                    timer.Due = _now + timer.Period;
                    _queue.Add(timer);
                }
                else
                {
                    timer.Queued = false;
                }
            }
            try
            {
                timer.Callback(timer.State);
            }
            catch (Exception e)
            {
                lock (_gate) Fail($"virtual time stopped at t={Seconds(_now)} s: a timer callback failed: {e.Message}", e);
            }
        }
    }

    /// <summary>Records why time stopped and ends the loop. Called holding the gate.</summary>
    private void Fail(string message, Exception? inner = null)
    {
        var error = new VirtualTimeException(message, inner);
        _error = error;
        _stopping = true;
        Touch();
        throw error;
    }

    private bool Change(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        ValidateSpan(dueTime, nameof(dueTime));
        ValidateSpan(period, nameof(period));
        lock (_gate)
        {
            if (timer.Disposed) return false;
            if (timer.Queued) _queue.Remove(timer);
            timer.Queued = false;
            timer.Period = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.Due = _now + dueTime.Ticks;
                _queue.Add(timer);
                timer.Queued = true;
            }
            Touch();
            return true;
        }
    }

    private void Remove(VirtualTimer timer)
    {
        lock (_gate)
        {
            if (timer.Disposed) return;
            timer.Disposed = true;
            if (timer.Queued) _queue.Remove(timer);
            timer.Queued = false;
            Touch();
        }
    }

    private void EndActivity()
    {
        lock (_gate)
        {
            _openActivities--;
            Touch();
        }
    }

    /// <summary>Something changed: the quiet period starts again and the loop looks again. Called holding the gate.</summary>
    private void Touch()
    {
        _version++;
        var changed = _changed;
        _changed = NewSignal();
        changed.TrySetResult();
    }

    private static void ValidateSpan(TimeSpan span, string name)
    {
        if (span < TimeSpan.Zero && span != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(name, span, "must be zero or more, or Timeout.InfiniteTimeSpan");
    }

    private static string Seconds(long ticks) =>
        TimeSpan.FromTicks(ticks).TotalSeconds.ToString("0.######", CultureInfo.InvariantCulture);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class VirtualTimer(VirtualTimeProvider owner, TimerCallback callback, object? state, long id) : ITimer
    {
        public TimerCallback Callback { get; } = callback;
        public object? State { get; } = state;
        public long Id { get; } = id;

        /// <summary>Virtual ticks since the start; only changed while the timer is out of the queue.</summary>
        public long Due { get; set; }

        /// <summary>Ticks between firings; 0 for a one-shot timer.</summary>
        public long Period { get; set; }

        public bool Queued { get; set; }
        public bool Disposed { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => owner.Change(this, dueTime, period);

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Due time first, then creation order.</summary>
    private sealed class DueOrder : IComparer<VirtualTimer>
    {
        public static readonly DueOrder Instance = new();

        public int Compare(VirtualTimer? x, VirtualTimer? y) =>
            (x!.Due, x.Id).CompareTo((y!.Due, y.Id));
    }

    private sealed class Activity(VirtualTimeProvider owner) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0) owner.EndActivity();
        }
    }
}
