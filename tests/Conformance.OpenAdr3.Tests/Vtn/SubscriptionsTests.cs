using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class SubscriptionsTests(VtnStorage storage) : VtnFixture(storage)
{
    [Test]
    public async Task Ven_subscribes_and_the_vtn_writes_its_clientID()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);

        var created = await ven.CreateSubscriptionAsync(Samples.Subscription(program.Id), CancellationToken.None);

        created.ClientId.Should().Be(TestVtn.Ven);
        created.ObjectType.Should().Be(ObjectTypes.Subscription);
        (await ven.GetSubscriptionAsync(created.Id!, CancellationToken.None)).ObjectOperations.Should().BeEquivalentTo(created.ObjectOperations);
    }

    [Test]
    public async Task Bl_subscribes_too()
    {
        var created = await bl.CreateSubscriptionAsync(Samples.Subscription(objectType: ObjectTypes.Report), CancellationToken.None);

        created.ClientId.Should().Be(TestVtn.Bl);
    }

    [Test]
    public async Task Subscription_to_an_unknown_program_is_409()
    {
        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => ven.CreateSubscriptionAsync(Samples.Subscription("no-such-program"), CancellationToken.None));

        problem.Detail.Should().StartWith("programID");
    }

    [Test]
    public async Task Subscription_without_a_valid_callbackUrl_or_object_type_is_400_naming_the_field()
    {
        var request = Samples.Subscription() with
        {
            ObjectOperations = [new ObjectOperation { Objects = ["EVENTS"], Operations = [ObjectOperation.Create], CallbackUrl = "not a url" }],
        };

        var problem = await Problems.ExpectAsync(HttpStatusCode.BadRequest, () => ven.CreateSubscriptionAsync(request, CancellationToken.None));

        problem.Detail.Should().Contain("objectOperations[0].objects[0]").And.Contain("objectOperations[0].callbackUrl");
    }

    [Test]
    public async Task Subscriptions_are_filtered_by_programID_clientName_and_objects()
    {
        var program = await bl.CreateProgramAsync(Samples.Program(), CancellationToken.None);
        var events = await ven.CreateSubscriptionAsync(Samples.Subscription(program.Id), CancellationToken.None);
        var programs = await ven.CreateSubscriptionAsync(Samples.Subscription(program.Id, ObjectTypes.Program), CancellationToken.None);

        var byProgram = await ven.GetSubscriptionsAsync(new SubscriptionSearch { ProgramId = program.Id });
        var byName = await ven.GetSubscriptionsAsync(new SubscriptionSearch { ClientName = events.ClientName });
        var byObjects = await ven.GetSubscriptionsAsync(
            new SubscriptionSearch { ProgramId = program.Id, Objects = [ObjectTypes.Program, ObjectTypes.Ven] });

        byProgram.Select(s => s.Id).Should().Equal(events.Id, programs.Id);
        byName.Select(s => s.Id).Should().Equal(events.Id);
        byObjects.Select(s => s.Id).Should().Equal(programs.Id);
    }

    [Test]
    public async Task Ven_updates_its_subscription_which_keeps_its_clientID_and_deletes_it()
    {
        var created = await ven.CreateSubscriptionAsync(Samples.Subscription(), CancellationToken.None);

        var updated = await ven.UpdateSubscriptionAsync(created.Id!, created with { ClientName = "renamed", ClientId = TestVtn.OtherVen },
            CancellationToken.None);
        var deleted = await ven.DeleteSubscriptionAsync(created.Id!, CancellationToken.None);

        updated.ClientName.Should().Be("renamed");
        updated.ClientId.Should().Be(TestVtn.Ven);
        deleted.Id.Should().Be(created.Id);
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetSubscriptionAsync(created.Id!, CancellationToken.None));
    }

    [Test]
    public async Task Bl_reads_and_deletes_any_subscription()
    {
        var created = await ven.CreateSubscriptionAsync(Samples.Subscription(), CancellationToken.None);

        (await bl.GetSubscriptionsAsync(CancellationToken.None)).Should().Contain(s => s.Id == created.Id);
        (await bl.DeleteSubscriptionAsync(created.Id!, CancellationToken.None)).ClientId.Should().Be(TestVtn.Ven);
    }
}
