using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Webhooks are delivered off the request path: a slow or dead callback never slows the API or other
/// subscribers, and a failing one is retried a bounded number of times, with back-off on the VTN's clock.
/// </summary>
public class WebhookDeliveryTests : ResourceTests
{
    [Test]
    public async Task Api_answers_while_a_slow_callback_has_not_answered_yet()
    {
        var (vtn, bl) = await StartVtnAsync();
        var slow = await Start(CallbackReceiver.StartAsync(delay: TimeSpan.FromSeconds(10)));
        var program = await bl.CreateProgramAsync(Samples.Program());
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, slow.Url));

        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));
        slow.Answered.Should().Be(0, "POST /events returned before the callback answered");
        await slow.WaitForAsync(1);
        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 2));
        await bl.GetEventsAsync(CancellationToken.None);

        slow.Answered.Should().Be(0, "the API kept answering while the callback held its first notification");
        slow.Received.Should().HaveCount(1, "the callback's notifications wait in order behind the one it holds");
    }

    [Test]
    public async Task Notifications_beyond_a_full_callback_queue_are_dropped_while_the_api_goes_on()
    {
        var log = new LogCapture();
        var (_, bl) = await StartVtnAsync(o => o with
        {
            Notifications = o.Notifications with { CallbackQueueCapacity = 1 },
            ConfigureLogging = log.AddTo,
        });
        var held = await Start(CallbackReceiver.StartAsync(delay: TimeSpan.FromMinutes(5)));
        var program = await bl.CreateProgramAsync(Samples.Program());
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, held.Url));
        var first = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));
        await held.WaitForAsync(1); // in flight, so the queue behind it is empty

        var queued = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 2));
        for (var level = 3; level <= 5; level++) await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level));
        await log.WaitForAsync("queue full (1); dropped", count: 3);
        held.Release();
        await held.WaitForAsync(2);
        await Task.Delay(500);

        held.Received.Select(c => c.Notification.Object!.Id).Should().Equal(first.Id, queued.Id);
    }

    [Test]
    public async Task Dead_callback_holds_up_neither_the_api_nor_other_subscribers()
    {
        // The dead callback's first retry would come after an hour: everything below happens during its back-off.
        var (_, bl) = await StartVtnAsync(o => o with { Notifications = o.Notifications with { FirstRetryDelay = TimeSpan.FromHours(1) } });
        var live = await Start(CallbackReceiver.StartAsync());
        var program = await bl.CreateProgramAsync(Samples.Program());
        await DeadCallback.UrlAsync(url => bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, url)));
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, live.Url));

        var created = new List<Event>();
        for (var level = 1; level <= 3; level++) created.Add(await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level)));

        (await live.WaitForAsync(3)).Select(c => c.Notification.Object!.Id).Should().Equal(created.Select(e => e.Id));
    }

    [Test]
    public async Task Failing_callback_is_tried_max_attempts_times_with_back_off_on_the_vtn_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (_, bl) = await StartVtnAsync(o => o with { Time = time, Notifications = o.Notifications with { MaxAttempts = 3 } });
        var failing = await Start(CallbackReceiver.StartAsync(status: 503));
        var program = await bl.CreateProgramAsync(Samples.Program());
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, failing.Url));

        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));
        await failing.WaitForAsync(1);
        await Task.Delay(300);
        failing.Received.Should().HaveCount(1, "the retry waits 1 s on the VTN's clock, which has not moved");

        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(1), () => failing.Received.Count == 2);
        await AdvanceUntilAsync(time, TimeSpan.FromSeconds(2), () => failing.Received.Count == 3);
        time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(500);

        failing.Received.Should().HaveCount(3);
    }

    [Test]
    public async Task Callback_refusing_with_404_is_not_tried_again()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var (_, bl) = await StartVtnAsync(o => o with { Time = time });
        var refusing = await Start(CallbackReceiver.StartAsync(status: 404));
        var program = await bl.CreateProgramAsync(Samples.Program());
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, refusing.Url));

        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));
        await refusing.WaitForAsync(1);
        await Task.Delay(300); // let the VTN read the 404 before the clock moves
        time.Advance(TimeSpan.FromMinutes(10));
        await Task.Delay(500);

        refusing.Received.Should().HaveCount(1);
    }

    [Test]
    public async Task Callback_on_a_host_outside_the_allowed_ones_is_refused_without_a_request()
    {
        var (_, bl) = await StartVtnAsync(o => o with { Notifications = o.Notifications with { CallbackHosts = ["localhost"] } });
        var outside = await Start(CallbackReceiver.StartAsync());
        var allowed = await Start(CallbackReceiver.StartAsync());
        var program = await bl.CreateProgramAsync(Samples.Program());

        var refused = await FluentActions.Awaiting(() => bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, outside.Url)))
            .Should().ThrowAsync<ProblemException>();
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, new UriBuilder(allowed.Url) { Host = "localhost" }.Uri));
        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));

        refused.Which.Problem!.Detail.Should().Contain("not among the allowed callback hosts");
        (await allowed.WaitForAsync(1)).Should().ContainSingle();
        outside.Challenges.Should().BeEmpty("a host outside the allowed ones is not even challenged");
    }

    [Test]
    public void Back_off_doubles_from_the_first_delay_up_to_the_maximum()
    {
        var policy = new NotificationOptions { FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(5) };

        Enumerable.Range(1, 5).Select(policy.RetryDelay).Select(d => d.TotalSeconds).Should().Equal(1, 2, 4, 5, 5);
    }

    /// <summary>
    /// Moves the fake clock by <paramref name="step"/> until <paramref name="done"/>: a step taken before the VTN
    /// has started its back-off wait does not count for that wait, so one step may not be enough.
    /// </summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Func<bool> done)
    {
        for (var tries = 0; !done(); tries++)
        {
            if (tries == 100) Assert.Fail($"Nothing happened after moving the VTN's clock {tries} times by {step}.");
            time.Advance(step);
            await Task.Delay(50);
        }
    }

    private async Task<(TestVtn Vtn, OpenAdrClient Bl)> StartVtnAsync(Func<VtnOptions, VtnOptions>? configure = null)
    {
        var vtn = await Start(TestVtn.StartAsync(configure: configure));
        return (vtn, await vtn.ConnectAsync(TestVtn.Bl));
    }
}
