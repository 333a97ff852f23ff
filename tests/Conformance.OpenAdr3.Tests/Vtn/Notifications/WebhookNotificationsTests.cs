using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// Definition.md, Subscriptions: "A VTN SHALL make a request to the callback URL when the conditions are met per
/// the objectOperations registered subscriptions", with the notification object as body; Object Privacy: the
/// subscription's clientID decides what may be sent. Negative cases rely on per-callback order: a notification
/// that should not be sent would arrive before the one that should.
/// </summary>
public class WebhookNotificationsTests
{
    private const string Token = "NCEJGI9E8ER9802UT9HUG";

    private TestVtn vtn = null!;
    private CallbackReceiver receiver = null!;
    private OpenAdrClient bl = null!;
    private OpenAdrClient ven = null!;

    [SetUp]
    public async Task Start()
    {
        vtn = await TestVtn.StartAsync();
        receiver = await CallbackReceiver.StartAsync();
        bl = await vtn.ConnectAsync(TestVtn.Bl);
        ven = await vtn.ConnectAsync(TestVtn.Ven);
    }

    [TearDown]
    public async Task Stop()
    {
        await vtn.DisposeAsync();
        await receiver.DisposeAsync();
    }

    [Test]
    public async Task Ven_subscriber_gets_the_notification_of_an_events_creation_with_its_bearer_token()
    {
        var program = await bl.CreateProgramAsync(Samples.Program());
        await ven.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, receiver.Url, [ObjectOperation.Create], bearerToken: Token));

        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));

        var callback = (await receiver.WaitForAsync(1)).Single();
        callback.Authorization.Should().Be($"Bearer {Token}");
        callback.Notification.ObjectType.Should().Be(ObjectTypes.Event);
        callback.Notification.Operation.Should().Be(ObjectOperation.Create);
        JsonText.Of(callback.Notification.Object!).Should().Be(JsonText.Of(created));
    }

    [Test]
    public async Task Subscriber_gets_create_update_and_delete_in_order_and_no_authorization_without_a_token()
    {
        var program = await bl.CreateProgramAsync(Samples.Program());
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, receiver.Url));

        var created = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));
        var updated = await bl.UpdateEventAsync(created.Id!, created with { EventName = "renamed" });
        await bl.DeleteEventAsync(created.Id!);

        var callbacks = await receiver.WaitForAsync(3);
        callbacks.Select(c => c.Notification.Operation).Should().Equal(ObjectOperation.Create, ObjectOperation.Update, ObjectOperation.Delete);
        JsonText.Of(callbacks[1].Notification.Object!).Should().Be(JsonText.Of(updated));
        callbacks.Should().OnlyContain(c => c.Authorization == "" && c.Notification.Object!.Id == created.Id);
    }

    [Test]
    public async Task Ven_subscriber_is_not_notified_of_an_event_it_may_not_read_and_sees_only_its_targets()
    {
        var program = await bl.CreateProgramAsync(Samples.Program());
        await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven, targets: ["group-1"]));
        await ven.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, receiver.Url));

        await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1, targets: ["group-2"]));
        var readable = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 2, targets: ["group-1", "group-2"]));

        var callback = (await receiver.WaitForAsync(1)).Single();
        callback.Notification.Object!.Id.Should().Be(readable.Id);
        callback.Notification.Targets.Should().Equal("group-1");
        callback.Notification.Object.Should().BeOfType<Event>().Which.Targets.Should().Equal("group-1");
    }

    [Test]
    public async Task Ven_subscriber_is_not_notified_of_another_vens_report_or_of_events_outside_its_program()
    {
        var program = await bl.CreateProgramAsync(Samples.Program());
        var other = await bl.CreateProgramAsync(Samples.Program());
        var evt = await bl.CreateEventAsync(Samples.SimpleEvent(program.Id!, level: 1));
        await ven.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Event, receiver.Url, programId: program.Id));
        await ven.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Report, receiver.Url));
        var otherVen = await vtn.ConnectAsync(TestVtn.OtherVen);

        await bl.CreateEventAsync(Samples.SimpleEvent(other.Id!, level: 1));
        await otherVen.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "other", Resources = [] });
        var own = await ven.CreateReportAsync(new Report { EventId = evt.Id, ClientName = "own", Resources = [] });

        var callback = (await receiver.WaitForAsync(1)).Single();
        callback.Notification.Object.Should().BeOfType<Report>().Which.Id.Should().Be(own.Id);
    }

    [Test]
    public async Task Bl_subscriber_to_subscriptions_is_notified_of_a_vens_new_subscription()
    {
        await bl.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Subscription, receiver.Url, [ObjectOperation.Create]));

        Subscription created = null!;
        await DeadCallback.UrlAsync(async url => created = await ven.CreateSubscriptionAsync(Subscribe.To(ObjectTypes.Program, url)));

        var callbacks = await receiver.WaitForAsync(2);
        callbacks[1].Notification.Object.Should().BeOfType<Subscription>().Which.ClientId.Should().Be(TestVtn.Ven);
        callbacks[1].Notification.Object!.Id.Should().Be(created.Id);
    }
}
