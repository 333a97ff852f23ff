using System.Diagnostics;
using Conformance.Evidence.Clock;
using Conformance.Evidence.Log;
using Conformance.Model;

namespace Conformance.Evidence.Tests;

public class VirtualTimeTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A wall-clock bound on every wait, so that a clock that stops fails the test instead of hanging it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static VirtualTimeProvider NewTime(TimeSpan? horizon = null) => new(new VirtualTimeOptions { Start = Midnight, Horizon = horizon });

    private static EvidenceRecord Draft(string endpoint) =>
        new()
        {
            Direction = Directions.Request,
            From = "Ven",
            To = "Vtn",
            Binding = "openadr3",
            Http = new HttpDetail { Method = "GET", Target = endpoint },
        };

    [Test]
    public async Task Timers_fire_in_due_order_then_creation_order_at_their_virtual_times()
    {
        await using var time = NewTime();
        var fired = new List<(string Name, TimeSpan At)>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var timers = new List<ITimer>();
        // The test's own setup is work the clock cannot see: declared, so that no timer is due before all exist.
        using (time.BeginActivity())
        {
            foreach (var (name, due) in new[] { ("3h", 3), ("1h first", 1), ("2h", 2), ("1h second", 1) })
                timers.Add(time.CreateTimer(_ =>
                {
                    fired.Add((name, time.GetUtcNow() - Midnight));
                    if (name == "3h") done.SetResult();
                }, null, TimeSpan.FromHours(due), Timeout.InfiniteTimeSpan));
        }

        await done.Task.WaitAsync(Patience);

        fired.Should().Equal(
            ("1h first", TimeSpan.FromHours(1)), ("1h second", TimeSpan.FromHours(1)), ("2h", TimeSpan.FromHours(2)), ("3h", TimeSpan.FromHours(3)));
        time.Elapsed.Should().Be(TimeSpan.FromHours(3));
        time.GetUtcNow().Should().Be(Midnight.AddHours(3));
        timers.ForEach(t => t.Dispose());
    }

    [Test]
    public async Task A_periodic_timer_fires_once_a_period_and_stops_when_disposed_or_changed()
    {
        await using var time = NewTime();
        var ticks = new List<TimeSpan>();
        var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ITimer? timer = null;
        using (time.BeginActivity())
        {
            timer = time.CreateTimer(_ =>
            {
                ticks.Add(time.Elapsed);
                if (ticks.Count == 3)
                {
                    timer!.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan).Should().BeTrue();
                    third.SetResult();
                }
            }, null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15));
        }

        await third.Task.WaitAsync(Patience);

        ticks.Should().Equal(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(40));
        time.PendingTimers.Should().Be(0);
        timer.Dispose();
        timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan).Should().BeFalse();
    }

    [Test]
    public async Task Task_delay_periodic_timer_cancellation_and_wait_async_run_on_virtual_time()
    {
        await using var time = NewTime();

        await Task.Delay(TimeSpan.FromHours(5), time).WaitAsync(Patience);
        time.Elapsed.Should().Be(TimeSpan.FromHours(5));

        using (var periodic = new PeriodicTimer(TimeSpan.FromMinutes(10), time))
            for (var i = 0; i < 3; i++)
                (await periodic.WaitForNextTickAsync().AsTask().WaitAsync(Patience)).Should().BeTrue();
        time.Elapsed.Should().Be(TimeSpan.FromHours(5.5));

        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(20), time);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancel.Token.Register(() => cancelled.SetResult());
        await cancelled.Task.WaitAsync(Patience);
        time.Elapsed.Should().Be(TimeSpan.FromHours(5.5) + TimeSpan.FromMinutes(20));

        var never = new TaskCompletionSource();
        var timedOut = async () => await never.Task.WaitAsync(TimeSpan.FromHours(1), time).WaitAsync(Patience);
        await timedOut.Should().ThrowAsync<TimeoutException>();
        time.Elapsed.Should().Be(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(50));
    }

    [Test]
    public async Task A_timer_due_now_fires_even_while_an_activity_is_open()
    {
        await using var time = NewTime();
        using var busy = time.BeginActivity();
        var fired = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = time.CreateTimer(_ => fired.TrySetResult(time.Elapsed), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        (await fired.Task.WaitAsync(Patience)).Should().Be(TimeSpan.Zero);
    }

    [Test]
    public async Task Time_stands_still_while_an_activity_is_open_and_moves_once_it_closes()
    {
        await using var time = NewTime();
        var busy = time.BeginActivity();
        var delay = Task.Delay(TimeSpan.FromHours(1), time);

        // Many quiet periods of wall time pass; with the activity open, virtual time must not.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        delay.IsCompleted.Should().BeFalse();
        time.Elapsed.Should().Be(TimeSpan.Zero);
        time.OpenActivities.Should().Be(1);

        busy.Dispose();
        busy.Dispose(); // closing twice closes once
        await delay.WaitAsync(Patience);
        time.Elapsed.Should().Be(TimeSpan.FromHours(1));
        time.OpenActivities.Should().Be(0);
    }

    [Test]
    public async Task A_24_hour_day_of_quarter_hour_ticks_takes_seconds_of_wall_time_and_exactly_24_virtual_hours()
    {
        var wall = Stopwatch.StartNew();
        await using var clock = new RunClock(ClockSetting.Virtual, virtualTime: new VirtualTimeOptions { Start = Midnight });
        using var log = new EvidenceLog(clock, null);

        Task ticking, day;
        using (clock.Activity.BeginActivity())
        {
            ticking = TickAsync();
            day = Task.Delay(TimeSpan.FromHours(24), clock.Time);
        }
        await Task.WhenAll(ticking, day).WaitAsync(Patience);
        wall.Stop();

        clock.Elapsed.Should().Be(TimeSpan.FromHours(24));
        clock.Time.GetUtcNow().Should().Be(Midnight.AddDays(1));
        log.Snapshot().Select(r => r.T).Should().Equal(Enumerable.Range(1, 96).Select(i => i * 900.0));
        log.Snapshot()[^1].At.Should().Be(Midnight.AddDays(1));
        wall.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the issue asks a 24-hour scenario to pass in under 10 s of wall time");
        clock.Virtual!.Error.Should().BeNull();

        async Task TickAsync()
        {
            using var quarterHours = new PeriodicTimer(TimeSpan.FromMinutes(15), clock.Time);
            for (var tick = 1; tick <= 96; tick++)
            {
                await quarterHours.WaitForNextTickAsync();
                // A little work the clock cannot see (a computation off the loop), declared as an activity.
                using (clock.Activity.BeginActivity())
                    await Task.Run(() => Enumerable.Range(0, 1000).Sum());
                log.Append(Draft($"/reports?tick={tick}"));
            }
        }
    }

    [Test]
    public async Task A_bounded_wait_with_nothing_coming_ends_at_its_virtual_deadline()
    {
        await using var clock = new RunClock(ClockSetting.Virtual);
        using var log = new EvidenceLog(clock, null);

        var found = await log.WaitForAsync(_ => true, 0, TimeSpan.FromHours(1), CancellationToken.None).WaitAsync(Patience);

        found.Should().BeNull();
        clock.Elapsed.Should().Be(TimeSpan.FromHours(1));
    }

    [Test]
    public async Task A_bounded_wait_returns_the_record_a_timer_appends_at_its_virtual_time()
    {
        await using var clock = new RunClock(ClockSetting.Virtual);
        using var log = new EvidenceLog(clock, null);
        Task<EvidenceRecord?> waiting;
        ITimer timer;
        using (clock.Activity.BeginActivity())
        {
            timer = clock.Time.CreateTimer(_ => log.Append(Draft("/events")), null, TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan);
            waiting = log.WaitForAsync(r => r.Http?.Target == "/events", 0, TimeSpan.FromHours(1), CancellationToken.None);
        }

        var found = await waiting.WaitAsync(Patience);

        found.Should().NotBeNull();
        found!.T.Should().Be(1800);
        found.At.Should().Be(clock.StartedAt.AddMinutes(30));
        timer.Dispose();
    }

    [Test]
    public async Task Time_stops_with_an_error_at_the_horizon()
    {
        await using var time = NewTime(horizon: TimeSpan.FromHours(1));
        var early = Task.Delay(TimeSpan.FromMinutes(30), time);
        var late = Task.Delay(TimeSpan.FromHours(2), time);

        await early.WaitAsync(Patience);
        var stopped = async () => await time.Stopped.WaitAsync(Patience);

        (await stopped.Should().ThrowAsync<VirtualTimeException>()).Which.Message.Should().Contain("past the horizon");
        time.Error.Should().BeOfType<VirtualTimeException>();
        time.Elapsed.Should().Be(TimeSpan.FromMinutes(30));
        late.IsCompleted.Should().BeFalse();
    }

    [Test]
    public async Task A_failing_timer_callback_stops_time_with_an_error()
    {
        await using var time = NewTime();
        using var timer = time.CreateTimer(_ => throw new InvalidOperationException("boom"), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        var stopped = async () => await time.Stopped.WaitAsync(Patience);

        (await stopped.Should().ThrowAsync<VirtualTimeException>()).WithInnerException<InvalidOperationException>();
        time.Elapsed.Should().Be(TimeSpan.FromMinutes(1));
    }

    [Test]
    public async Task The_virtual_run_clock_reads_as_virtual_time_and_only_it_waits_for_activities()
    {
        await using var clock = new RunClock(ClockSetting.Virtual);
        clock.Time.Should().BeOfType<VirtualTimeProvider>();
        clock.Activity.Should().BeSameAs(clock.Time);
        clock.Setting.ToString().Should().Be("time mode virtual");
        new RunClock(ClockSetting.Real).Activity.Should().BeSameAs(NoRunActivity.Instance);
    }
}
