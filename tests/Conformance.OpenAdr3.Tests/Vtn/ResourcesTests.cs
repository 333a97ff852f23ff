using System.Net;
using Conformance.OpenAdr3.Client;
using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
internal class ResourcesTests(VtnStorage storage) : VtnFixture(storage)
{
    [Test]
    public async Task Ven_creates_a_resource_on_its_ven_and_the_vtn_writes_the_clientID()
    {
        var own = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);

        var created = await ven.CreateResourceAsync(Samples.VenResource(own.Id!), CancellationToken.None);

        created.ClientId.Should().Be(TestVtn.Ven);
        created.VenId.Should().Be(own.Id);
        (await ven.GetResourceAsync(created.Id!, CancellationToken.None)).ResourceName.Should().Be(created.ResourceName);
    }

    [Test]
    public async Task Bl_creates_a_resource_with_targets_as_in_user_guide_8_13()
    {
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), CancellationToken.None);

        var created = await bl.CreateResourceAsync(Samples.BlResource(granted, ["resource_0999"]), CancellationToken.None);

        created.Targets.Should().Equal("resource_0999");
        (await ven.GetResourcesAsync(new ResourceSearch { VenId = granted.Id })).Should().ContainSingle().Which.Id.Should().Be(created.Id);
    }

    [Test]
    public async Task ResourceName_is_unique_within_its_ven_only()
    {
        var first = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var second = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        await ven.CreateResourceAsync(Samples.VenResource(first.Id!, "meter"), CancellationToken.None);

        await ven.CreateResourceAsync(Samples.VenResource(second.Id!, "meter"), CancellationToken.None);
        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => ven.CreateResourceAsync(Samples.VenResource(first.Id!, "meter"), CancellationToken.None));

        problem.Detail.Should().StartWith("resourceName");
    }

    [Test]
    public async Task Resource_of_an_unknown_ven_is_404_naming_venID()
    {
        var problem = await Problems.ExpectAsync(HttpStatusCode.NotFound,
            () => ven.CreateResourceAsync(Samples.VenResource("no-such-ven"), CancellationToken.None));

        problem.Detail.Should().StartWith("venID");
    }

    [Test]
    public async Task Bl_resource_naming_another_clientID_than_its_ven_is_409()
    {
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), CancellationToken.None);

        var problem = await Problems.ExpectAsync(HttpStatusCode.Conflict,
            () => bl.CreateResourceAsync(Samples.BlResource(granted) with { ClientId = TestVtn.OtherVen }, CancellationToken.None));

        problem.Detail.Should().StartWith("clientID");
    }

    [Test]
    public async Task Resources_are_filtered_by_resourceName_and_targets()
    {
        var granted = await bl.CreateVenAsync(Samples.BlVen(TestVtn.Ven), CancellationToken.None);
        var wanted = await bl.CreateResourceAsync(Samples.BlResource(granted, ["east"]), CancellationToken.None);
        await bl.CreateResourceAsync(Samples.BlResource(granted, ["west"]), CancellationToken.None);

        var byName = await bl.GetResourcesAsync(new ResourceSearch { ResourceName = wanted.ResourceName });
        var byTarget = await bl.GetResourcesAsync(new ResourceSearch { VenId = granted.Id, Targets = ["east"] });

        byName.Select(r => r.Id).Should().Equal(wanted.Id);
        byTarget.Select(r => r.Id).Should().Equal(wanted.Id);
    }

    [Test]
    public async Task Ven_updates_and_deletes_its_resource()
    {
        var own = await ven.CreateVenAsync(Samples.VenVen(), CancellationToken.None);
        var created = await ven.CreateResourceAsync(Samples.VenResource(own.Id!), CancellationToken.None);

        var updated = await ven.UpdateResourceAsync(created.Id!, Samples.VenResource(own.Id!, "renamed"), CancellationToken.None);
        var deleted = await ven.DeleteResourceAsync(created.Id!, CancellationToken.None);

        updated.ResourceName.Should().Be("renamed");
        updated.CreatedDateTime.Should().Be(created.CreatedDateTime);
        deleted.Id.Should().Be(created.Id);
        await Problems.ExpectAsync(HttpStatusCode.NotFound, () => ven.GetResourceAsync(created.Id!, CancellationToken.None));
    }
}
