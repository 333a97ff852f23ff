using Conformance.OpenAdr3.Tests.Support;
using Conformance.OpenAdr3.Vtn;
using Conformance.OpenAdr3.Wire;

namespace Conformance.OpenAdr3.Tests.VtnTests;

/// <summary>
/// The lookups a poll makes instead of reading every ven (<see cref="IObjectStore{T}.FindBy"/>, <see cref="StoreKeys"/>),
/// on both backends: they follow every create, update and delete, and the grants made of them follow too.
/// </summary>
[TestFixture(VtnStorage.Memory)]
[TestFixture(VtnStorage.Sqlite)]
public class StoreLookupTests(VtnStorage storage) : StoreTests(storage)
{
    [Test]
    public void Vens_are_found_by_client_id_oldest_first()
    {
        var vens = Vens();
        var (client, other) = (TestVtn.Unique("client"), TestVtn.Unique("client"));
        var first = vens.Create(Samples.BlVen(client)).Value!;
        vens.Create(Samples.BlVen(other));
        var second = vens.Create(Samples.BlVen(client)).Value!;

        Ids(vens.FindBy(StoreKeys.VenClientId, client)).Should().Equal(first.Id, second.Id);
        vens.FindBy(StoreKeys.VenClientId, TestVtn.Unique("nobody")).Should().BeEmpty();
    }

    [Test]
    public void An_update_is_found_as_it_is_now_and_keeps_its_place()
    {
        var vens = Vens();
        var client = TestVtn.Unique("client");
        var first = vens.Create(Samples.BlVen(client)).Value!;
        var second = vens.Create(Samples.BlVen(client)).Value!;

        vens.Update(first.Id!, v => v with { Targets = ["granted-later"] });

        var found = vens.FindBy(StoreKeys.VenClientId, client);
        Ids(found).Should().Equal(first.Id, second.Id);
        found[0].Targets.Should().Equal("granted-later");
    }

    [Test]
    public void A_ven_given_another_client_id_moves_to_it_in_its_place_by_age()
    {
        var vens = Vens();
        var (from, to) = (TestVtn.Unique("client"), TestVtn.Unique("client"));
        var moved = vens.Create(Samples.BlVen(from)).Value!;
        var stays = vens.Create(Samples.BlVen(from)).Value!;
        var younger = vens.Create(Samples.BlVen(to)).Value!;

        vens.Update(moved.Id!, v => v with { ClientId = to });

        Ids(vens.FindBy(StoreKeys.VenClientId, from)).Should().Equal(stays.Id);
        Ids(vens.FindBy(StoreKeys.VenClientId, to)).Should().Equal(moved.Id, younger.Id);
    }

    [Test]
    public void A_deleted_ven_is_found_no_more()
    {
        var vens = Vens();
        var client = TestVtn.Unique("client");
        var deleted = vens.Create(Samples.BlVen(client)).Value!;
        var kept = vens.Create(Samples.BlVen(client)).Value!;

        vens.Delete(deleted.Id!);

        Ids(vens.FindBy(StoreKeys.VenClientId, client)).Should().Equal(kept.Id);
        vens.Delete(kept.Id!);
        vens.FindBy(StoreKeys.VenClientId, client).Should().BeEmpty();
    }

    [Test]
    public void Resources_are_found_by_ven_id_through_creates_updates_and_deletes()
    {
        var resources = Resources();
        var (venA, venB) = (TestVtn.Unique("ven"), TestVtn.Unique("ven"));
        var first = resources.Create(new Resource { VenId = venA, ResourceName = "meter" }).Value!;
        var second = resources.Create(new Resource { VenId = venA, ResourceName = "battery" }).Value!;

        resources.Update(first.Id!, r => r with { VenId = venB });
        resources.Update(second.Id!, r => r with { Targets = ["feeder-1"] });

        Ids(resources.FindBy(StoreKeys.ResourceVenId, venB)).Should().Equal(first.Id);
        resources.FindBy(StoreKeys.ResourceVenId, venA).Should().ContainSingle().Which.Targets.Should().Equal("feeder-1");
        resources.Delete(second.Id!);
        resources.FindBy(StoreKeys.ResourceVenId, venA).Should().BeEmpty();
    }

    [Test]
    public void Grants_follow_every_write_to_the_clients_vens_and_their_resources()
    {
        var (vens, resources) = (Vens(), Resources());
        var grants = new TargetGrants(vens, resources);
        var client = TestVtn.Unique("client");
        grants.GrantedTo(client).Should().BeEmpty();

        var ven = vens.Create(Samples.BlVen(client, ["group-1"])).Value!;
        var resource = resources.Create(Samples.BlResource(ven, ["feeder-1"])).Value!;
        vens.Create(Samples.BlVen(TestVtn.Unique("client"), ["not-granted"]));
        grants.GrantedTo(client).Should().BeEquivalentTo(["group-1", "feeder-1"]);

        vens.Update(ven.Id!, v => v with { Targets = ["group-2"] });
        resources.Update(resource.Id!, r => r with { Targets = ["feeder-2"] });
        grants.GrantedTo(client).Should().BeEquivalentTo(["group-2", "feeder-2"]);

        resources.Delete(resource.Id!);
        grants.GrantedTo(client).Should().BeEquivalentTo(["group-2"]);

        resources.Create(Samples.BlResource(ven, ["feeder-3"]));
        vens.Delete(ven.Id!);
        grants.GrantedTo(client).Should().BeEmpty("a resource of a deleted ven grants nothing (decision 4)");
    }

    private static IEnumerable<string?> Ids<T>(IEnumerable<T> objects) where T : ObjectMetadata => objects.Select(o => o.Id);
}
