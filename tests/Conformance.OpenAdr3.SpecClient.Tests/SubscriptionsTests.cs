using Conformance.OpenAdr3.SpecClient.Tests.Generated.Models;
using Conformance.OpenAdr3.SpecClient.Tests.Support;

namespace Conformance.OpenAdr3.SpecClient.Tests;

/// <summary>A VEN's subscription through its life (sequence_diagrams/Subscriptions.txt), with the generated client.</summary>
internal sealed class SubscriptionsTests : SpecVtnFixture
{
    [Test]
    public async Task A_ven_creates_searches_reads_updates_and_deletes_a_subscription()
    {
        var program = await bl.Programs.PostAsync(new ProgramRequest { ProgramName = SpecVtn.Unique("program") });
        var clientName = SpecVtn.Unique("ven");

        var created = await ven.Subscriptions.PostAsync(new SubscriptionRequest
        {
            ClientName = clientName,
            ProgramID = program!.Id,
            ObjectOperations =
            [
                new SubscriptionRequest_objectOperations
                {
                    Objects = [ObjectTypes.PROGRAM, ObjectTypes.EVENT],
                    Operations = [SubscriptionRequest_objectOperations_operations.CREATE, SubscriptionRequest_objectOperations_operations.UPDATE],
                    CallbackUrl = vtn.CallbackUrl,
                    BearerToken = "NCEJGI9E8ER9802UT9HUG",
                },
            ],
        });
        created!.Id.Should().NotBeNullOrEmpty();
        created.ObjectType.Should().Be(ObjectTypes.SUBSCRIPTION);
        created.ClientID.Should().Be(SpecVtn.Ven);
        var operations = created.ObjectOperations!.Should().ContainSingle().Subject;
        operations.Objects.Should().Equal(ObjectTypes.PROGRAM, ObjectTypes.EVENT);
        operations.Operations.Should().Equal(Subscription_objectOperations_operations.CREATE, Subscription_objectOperations_operations.UPDATE);
        operations.CallbackUrl.Should().Be(vtn.CallbackUrl);
        operations.BearerToken.Should().Be("NCEJGI9E8ER9802UT9HUG");

        var found = await ven.Subscriptions.GetAsync(r =>
        {
            r.QueryParameters.ClientName = clientName;
            r.QueryParameters.ProgramID = program.Id;
            r.QueryParameters.Objects = [ObjectTypes.EVENT];
            r.QueryParameters.Skip = 0;
            r.QueryParameters.Limit = 10;
        });
        found!.Should().ContainSingle().Which.Id.Should().Be(created.Id);
        (await ven.Subscriptions.GetAsync(r => r.QueryParameters.Objects = [ObjectTypes.REPORT]))!
            .Should().NotContain(s => s.Id == created.Id);
        (await ven.Subscriptions[created.Id].GetAsync())!.ClientName.Should().Be(clientName);

        var updated = await ven.Subscriptions[created.Id].PutAsync(new SubscriptionRequest
        {
            ClientName = clientName,
            ProgramID = program.Id,
            ObjectOperations =
            [
                new SubscriptionRequest_objectOperations
                {
                    Objects = [ObjectTypes.EVENT],
                    Operations = [SubscriptionRequest_objectOperations_operations.DELETE],
                    CallbackUrl = vtn.CallbackUrl,
                },
            ],
        });
        updated!.Id.Should().Be(created.Id);
        updated.CreatedDateTime.Should().Be(created.CreatedDateTime);
        updated.ObjectOperations!.Single().Operations.Should().Equal(Subscription_objectOperations_operations.DELETE);

        var deleted = await ven.Subscriptions[created.Id].DeleteAsync();
        deleted!.Id.Should().Be(created.Id);
        (await ven.Subscriptions[created.Id].Invoking(s => s.GetAsync()).Should().ThrowAsync<Problem>())
            .Which.Status.Should().Be(404);
    }
}
