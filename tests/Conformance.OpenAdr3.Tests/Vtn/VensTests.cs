namespace Conformance.OpenAdr3.Tests.VtnTests;

using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class VensTests(VtnStorage storage) : VtnFixture(storage)
{
    [Test]
    public async Task Ven_creates_its_ven_object_and_the_vtn_writes_its_clientID()
    {
        var name = TestVtn.Unique("ven");

        var created = await ven.CreateVenAsync(new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = name }, CancellationToken.None);

        created.ClientId.Should().Be(TestVtn.Ven);
        created.ObjectType.Should().Be(ObjectTypes.Ven);
        (await ven.GetVensAsync(name, ct: CancellationToken.None)).Should().ContainSingle();
    }

    [Test]
    public async Task Duplicate_venName_is_409()
    {
        var request = new Ven { ObjectType = ObjectTypes.VenVenRequest, VenName = TestVtn.Unique("ven") };
        await ven.CreateVenAsync(request, CancellationToken.None);

        var act = () => ven.CreateVenAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.IsConflict.Should().BeTrue();
    }

    [Test]
    public async Task Ven_cannot_grant_itself_targets()
    {
        var request = new Ven { ObjectType = ObjectTypes.BlVenRequest, ClientId = TestVtn.Ven, VenName = TestVtn.Unique("ven"), Targets = ["all"] };

        var act = () => ven.CreateVenAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<ProblemException>()).Which.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Renaming_a_ven_to_a_taken_venName_is_409()
    {
        var taken = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var own = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);

        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => ven.UpdateVenAsync(own.Id!, Samples.VenVen(taken.VenName), CancellationToken.None));

        problem.Detail.Should().StartWith("venName");
    }

    [Test]
    public async Task Deleting_a_ven_deletes_its_resources()
    {
        var own = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var resource = await ven.CreateResourceAsync(Samples.VenResource(own.Id!), CancellationToken.None);

        var deleted = await ven.DeleteVenAsync(own.Id!, CancellationToken.None);

        deleted.Id.Should().Be(own.Id);
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetVenAsync(own.Id!, CancellationToken.None));
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => bl.GetResourceAsync(resource.Id!, CancellationToken.None));
    }
}
